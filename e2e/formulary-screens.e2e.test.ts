import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { type E2e, useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const desk = { width: 1366, height: 768 }

/** A clinic, a patient, and a doctor on the patient's care team (and, if asked, an assistant). */
async function clinicWithDoctor(e2e: E2e) {
  const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
  await signUpThroughApi(owner, e2e.serverUrl)
  const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
  const doctorContext = await e2e.newContext({ viewport: desk, bypassCSP: true })
  const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor', 'Dr Asha Rao')
  await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
    userId: doctor.userId,
  })
  return { owner, patient, doctorContext }
}

const dialog = (page: Page) => page.locator('dialog[open]')

/** Types into a drug type-ahead and clicks the option whose name matches. */
async function pick(page: Page, box: string, typed: string, option: RegExp) {
  await dialog(page).getByRole('combobox', { name: box }).fill(typed)
  await dialog(page).getByRole('option', { name: option }).first().click()
}

async function openPrescribing(context: BrowserContext, e2e: E2e) {
  const page = await context.newPage()
  const errors = collectPageErrors(page)
  await page.goto(`${e2e.serverUrl}/prescribing`)
  await page.getByRole('heading', { level: 1, name: en['formulary.title'] }).waitFor()
  return { page, errors }
}

describe('the Prescribing page', () => {
  const e2e = useNiramayaInChromium()

  it('a doctor keeps a favourite, a set and a clinic medicine, and the pad offers them', async () => {
    const { patient, doctorContext } = await clinicWithDoctor(e2e)
    const { page, errors } = await openPrescribing(doctorContext, e2e)
    // The side navigation links the page.
    expect(await page.getByRole('link', { name: en['nav.prescribing'], exact: true }).count()).toBe(
      1,
    )

    // A favourite: amoxicillin 500 mg, three times a day for 3 days.
    await page.getByRole('button', { name: en['formulary.addFavourite'], exact: true }).click()
    await pick(page, en['formulary.drugSearch'], 'amoxi', /^\s*Amoxicillin\s+Capsule/)
    await dialog(page).locator('select[name="strengthLabel"]').selectOption('500 mg')
    await dialog(page).locator('select[name="frequency"]').selectOption('1-1-1')
    await dialog(page).locator('input[name="durationDays"]').fill('3')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await dialog(page)
      .getByRole('button', { name: en['formulary.addFavourite'], exact: true })
      .click()
    const favourite = page.locator('table.formulary-favourites tbody tr', {
      hasText: 'Amoxicillin',
    })
    await favourite.waitFor()
    const favouriteText = (await favourite.textContent()) ?? ''
    expect(favouriteText).toContain('500 mg')
    expect(favouriteText).toContain(en['prescriptions.frequencyWord.1-1-1'])
    expect(favouriteText).toContain('3 days')

    // A set for a diagnosis with two lines.
    await page.getByRole('tab', { name: en['formulary.tab.sets'], exact: true }).click()
    await page.getByRole('button', { name: en['formulary.addSet'], exact: true }).click()
    await dialog(page).getByLabel(en['formulary.setName']).fill('Periodontal abscess')
    await pick(page, en['formulary.addLine'], 'metronid', /^\s*Metronidazole\s+Tablet/)
    await dialog(page).locator('select[name="lines.0.strengthLabel"]').selectOption('400 mg')
    await pick(page, en['formulary.addLine'], 'chlorhex', /Chlorhexidine gluconate mouthwash/)
    expect(await dialog(page).locator('fieldset.rx-line').count()).toBe(2)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await dialog(page).getByRole('button', { name: en['formulary.addSet'], exact: true }).click()
    const set = page.locator('li.formulary-set', { hasText: 'Periodontal abscess' })
    await set.waitFor()
    expect(await set.locator('ol > li').count()).toBe(2)
    expect(await set.textContent()).toContain('Metronidazole')

    // A clinic medicine: a master name is refused on the field; then added and archived.
    await page.getByRole('tab', { name: en['formulary.tab.clinicDrugs'], exact: true }).click()
    await page.getByRole('button', { name: en['formulary.addDrug'], exact: true }).click()
    const form = dialog(page)
    await form.locator('input[name="generic"]').fill('Ibuprofen')
    await form.locator('select[name="classes"]').selectOption('nsaid')
    await form.locator('select[name="category"]').selectOption('analgesic')
    await form.locator('select[name="presentations.0.form"]').selectOption('gel')
    await form.locator('input[name="presentations.0.strengths.0.label"]').fill('2%')
    await form.getByRole('checkbox', { name: 'By mouth' }).uncheck()
    await form.getByRole('checkbox', { name: 'Apply locally' }).check()
    await form.getByRole('button', { name: en['formulary.addDrug'], exact: true }).click()
    const genericError = form.locator('.field-error', {
      hasText: en['reason.formulary.in_master'],
    })
    await genericError.waitFor()
    expect(await form.locator('input[name="generic"]').getAttribute('aria-invalid')).toBe('true')
    await form.locator('input[name="generic"]').fill('Zedofenac gel')
    await form.getByRole('button', { name: en['formulary.addDrug'], exact: true }).click()
    const item = page.locator('table.formulary-clinic-drugs tbody tr', { hasText: 'Zedofenac gel' })
    await item.waitFor()
    expect(await item.textContent()).toContain('Gel 2%')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Archive Zedofenac gel', exact: true }).click()
    await page.getByRole('button', { name: 'Restore Zedofenac gel', exact: true }).waitFor()
    expect(await page.locator('.pill', { hasText: en['formulary.archivedBadge'] }).count()).toBe(1)

    // On the pad: the archived item is not offered; the set and the favourite are.
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=prescriptions`)
    await page.getByRole('button', { name: en['prescriptions.new'], exact: true }).click()
    await page.locator('section.rx-pad').waitFor()
    const search = page.getByRole('combobox', { name: en['prescriptions.drugSearch'] })
    await search.fill('zedo')
    await page.getByText(en['prescriptions.noMatch']).waitFor()
    expect(await page.getByRole('option', { name: /^\s*Zedofenac/ }).count()).toBe(0)

    await search.fill('Periodontal')
    await page.getByRole('option', { name: /Periodontal abscess/ }).click()
    await page.locator('fieldset.rx-line').nth(1).waitFor()
    expect(await page.locator('fieldset.rx-line').count()).toBe(2)

    await search.fill('amoxi')
    const offered = page.getByRole('option', { name: /Favourite\s+Amoxicillin\s+500 mg/ })
    await offered.click()
    const line = page.locator('fieldset.rx-line', { hasText: 'Amoxicillin' })
    await line.waitFor()
    expect(await line.locator('select[name="strength"]').inputValue()).toBe('500 mg')
    expect(await line.locator('input[name="durationDays"]').inputValue()).toBe('3')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(
      unexpectedErrors(errors, [{ status: 400, path: '/api/v1/formulary/clinic-drugs' }]),
    ).toEqual([])
  })

  it('an assistant reads the sets without the controls to change them', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const assistantContext = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, assistantContext, e2e.serverUrl, 'assistant')
    const { page, errors } = await openPrescribing(assistantContext, e2e)
    await page.getByRole('tab', { name: en['formulary.tab.sets'], exact: true }).click()
    await page.locator('li.formulary-set', { hasText: 'Dry socket' }).waitFor()
    expect(await page.getByRole('button', { name: en['formulary.addSet'] }).count()).toBe(0)
    expect(await page.getByRole('button', { name: en['formulary.edit'] }).count()).toBe(0)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
