import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { procedureId } from './clinical-steps/plans.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, meenakshi, registerThroughApi } from './patient-desk.ts'

const desk = { width: 1280, height: 800 }
const EXTRACTION = 'Consent for tooth extraction'
const ADDED_LINE = 'Please come with a family member on the day of the extraction.'

/**
 * Issue #13's consent templates: the owner rewords the standard extraction consent in the
 * template editor, adds and archives one of the clinic's own, and the next form filled, linked
 * to an item of the patient's treatment plan, carries the new text. A certificate written by
 * mistake is deleted while still a draft.
 */
describe('consent templates, plan items and certificate drafts', () => {
  const e2e = useNiramayaInChromium()

  it('an edited template is what the next form says; the form names its plan item', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const plan = (await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/plans`, {
      title: 'Wisdom teeth',
    })) as { id: string }
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/plans/${plan.id}/items`, {
      procedureId: await procedureId(owner, e2e.serverUrl, 'EXT'),
      teeth: [38],
    })
    const page = await owner.newPage()
    const errors = collectPageErrors(page)

    // The editor, from the navigation: the standard templates in both languages.
    await page.goto(`${e2e.serverUrl}/`)
    await page
      .getByRole('navigation', { name: en['nav.label'] })
      .getByRole('link', { name: en['nav.consentForms'], exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: en['consentTemplates.title'] }).waitFor()
    await page
      .getByRole('heading', { level: 2, name: en['consentTemplates.languageHeading.hi'] })
      .waitFor()
    await page.getByText('दाँत निकालने की सहमति', { exact: true }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Reword the extraction consent.
    await page
      .getByRole('button', {
        name: en['consentTemplates.editTemplate'].replace('{title}', EXTRACTION),
        exact: true,
      })
      .click()
    const body = page.getByLabel(en['consentTemplates.body'], { exact: true })
    await body.fill(`${await body.inputValue()}\n\n${ADDED_LINE}`)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: en['consentTemplates.save'], exact: true }).click()
    await page.getByText(en['consentTemplates.saved']).waitFor()
    await page.getByText(en['consentTemplates.version'].replace('{version}', '2')).first().waitFor()

    // Add one of the clinic's own, then archive it.
    await page.getByRole('button', { name: en['consentTemplates.add'], exact: true }).click()
    await page
      .getByLabel(en['consentTemplates.fieldTitle'], { exact: true })
      .fill('Consent for scaling')
    await page
      .getByLabel(en['consentTemplates.body'], { exact: true })
      .fill('I, [[patient]], agree to scaling and polishing by [[doctor]] on [[date]].')
    await page.getByRole('button', { name: en['consentTemplates.save'], exact: true }).click()
    await page.getByText(en['consentTemplates.added']).waitFor()
    await page.getByText('Consent for scaling', { exact: true }).waitFor()
    await page
      .getByRole('button', {
        name: en['consentTemplates.archiveTemplate'].replace('{title}', 'Consent for scaling'),
        exact: true,
      })
      .click()
    const dialog = page.locator('dialog.dialog[open]')
    await dialog.locator('button.button-danger').click()
    await page.getByText(en['consentTemplates.archived']).waitFor()
    expect(await page.getByText('Consent for scaling', { exact: true }).count()).toBe(0)

    // Fill the reworded form for the planned extraction of 38.
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=forms`)
    await page.getByRole('heading', { name: en['treatmentConsent.heading'] }).waitFor()
    await page.getByLabel(en['treatmentConsent.template'], { exact: true }).selectOption({
      label: `${EXTRACTION} (${en['treatmentConsent.language.en']})`,
    })
    const planItem = page.getByLabel(en['treatmentConsent.planItem'], { exact: true })
    // The plan's items arrive after the form: wait for them before reading the choices.
    await planItem.locator('option', { hasText: 'Wisdom teeth: 38' }).waitFor({ state: 'attached' })
    const choices = await planItem.locator('option').allTextContents()
    expect(choices[0]).toBe(en['treatmentConsent.noPlanItem'])
    expect(choices[1]).toMatch(/^Wisdom teeth: 38 · /)
    await planItem.selectOption({ index: 1 })
    await page
      .getByLabel(en['treatmentConsent.value.procedure'], { exact: true })
      .fill('Surgical removal')
    await page.getByLabel(en['treatmentConsent.value.tooth'], { exact: true }).fill('38')
    await page.getByLabel(en['treatmentConsent.value.risks'], { exact: true }).fill('None further')
    await page
      .getByLabel(en['treatmentConsent.value.alternatives'], { exact: true })
      .fill('Medicines for relief')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: en['treatmentConsent.fill'], exact: true }).click()
    await page.getByText(/^For: Wisdom teeth: 38 · /).waitFor()

    await page
      .getByRole('button', { name: en['treatmentConsent.handToPatient'], exact: true })
      .click()
    const signing = page.locator('dialog.signing-screen[open]')
    await signing.waitFor()
    expect(await signing.locator('.consent-text').textContent()).toContain(ADDED_LINE)
    await page.keyboard.press('Escape')
    await signing.waitFor({ state: 'hidden' })
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('a draft certificate is deleted after a confirmation', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=forms`)
    await page.getByRole('heading', { name: en['certificates.heading'] }).waitFor()
    await page.getByText(en['certificates.empty']).waitFor()

    await page.getByLabel(en['certificates.kind'], { exact: true }).selectOption('attendance')
    await page.getByLabel(en['certificates.diagnosis'], { exact: true }).fill('Pericoronitis')
    await page.getByRole('button', { name: en['certificates.save'], exact: true }).click()
    await page.getByText(en['certificates.draft']).waitFor()

    await page.getByRole('button', { name: /^Delete draft: Attendance at the clinic, / }).click()
    const dialog = page.locator('dialog.dialog[open]')
    await dialog.getByText(en['certificates.deleteTitle']).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: en['certificates.deleteDraft'], exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText(en['certificates.deleted']).waitFor()
    await page.getByText(en['certificates.empty']).waitFor()
    const listed = (await (
      await owner.request.get(`${e2e.serverUrl}/api/v1/patients/${patient.id}/certificates`)
    ).json()) as { certificates: unknown[] }
    expect(listed.certificates).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
