import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { type E2e, useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const chairside = { width: 1366, height: 768 }

async function apiPatch(context: BrowserContext, baseUrl: string, pathname: string, body: object) {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'csrf_token')?.value
  const response = await context.request.fetch(`${baseUrl}/api/v1${pathname}`, {
    method: 'PATCH',
    data: body,
    headers: { 'x-csrf-token': csrf ?? '' },
  })
  if (response.status() >= 300) throw new Error(`${pathname} answered ${response.status()}`)
}

/** A clinic, a registered doctor on the care team, and a patient allergic to penicillin. */
async function clinicWithAllergicPatient(e2e: E2e) {
  const owner = await e2e.newContext({ viewport: chairside, bypassCSP: true })
  await signUpThroughApi(owner, e2e.serverUrl)
  const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
  const doctorContext = await e2e.newContext({ viewport: chairside, bypassCSP: true })
  const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor', 'Dr Asha Rao')
  await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
    userId: doctor.userId,
  })
  const staff = (await (await owner.request.get(`${e2e.serverUrl}/api/v1/staff`)).json()) as {
    id: string
    userId: string
  }[]
  const membership = staff.find((member) => member.userId === doctor.userId)
  if (!membership) throw new Error('the doctor is not on the staff list')
  await apiPatch(owner, e2e.serverUrl, `/staff/${membership.id}`, {
    qualification: 'BDS',
    registrationNumber: 'A-12345',
    registrationCouncil: 'Maharashtra State Dental Council',
  })
  await apiPost(
    owner,
    e2e.serverUrl,
    `/patients/${patient.id}/history`,
    {
      conditions: [],
      allergies: [
        { substance: 'Penicillin', category: 'drug', severity: 'severe', reaction: 'Hives' },
      ],
      medications: [],
      habits: {},
      dentalHistory: {},
      chiefComplaint: 'Pain in 48',
      version: 0,
    },
    'PUT',
  )
  return { patient, doctorContext }
}

async function openPad(page: Page, serverUrl: string, patientId: string) {
  await page.goto(`${serverUrl}/patients/${patientId}?tab=prescriptions`)
  await page.getByRole('button', { name: en['prescriptions.new'], exact: true }).click()
  await page.locator('section.rx-pad').waitFor()
}

/** Types into the pad's type-ahead, waits for the option, and picks it with the keyboard. */
async function addByKeyboard(page: Page, typed: string, optionText: string) {
  await page.keyboard.press('Alt+m')
  await page.keyboard.type(typed)
  await page
    .getByRole('option', { name: new RegExp(optionText, 'i') })
    .first()
    .waitFor()
  // The first choice is highlighted; move to the named one if it is not first.
  for (let step = 0; step < 10; step += 1) {
    const active = await page.evaluate(() => {
      const input = document.activeElement
      const id = input?.getAttribute('aria-activedescendant')
      return id ? (document.getElementById(id)?.textContent ?? '') : ''
    })
    if (new RegExp(optionText, 'i').test(active)) break
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press('Enter')
}

describe('the prescription pad', () => {
  const e2e = useNiramayaInChromium()

  it('warns of the penicillin allergy inline, switches to azithromycin, issues and prints', async () => {
    const { patient, doctorContext } = await clinicWithAllergicPatient(e2e)
    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)
    await openPad(page, e2e.serverUrl, patient.id)

    // Keyboard only: type, choose, Enter; Ctrl+Enter saves and checks.
    await addByKeyboard(page, 'amoxi', '^\\s*Amoxicillin\\s')
    const line = page.locator('fieldset.rx-line', { hasText: 'Amoxicillin' })
    await line.waitFor()
    expect(await line.locator('input[name="quantity"]').inputValue()).toBe('10 capsules')
    await page.keyboard.press('Control+Enter')
    const warning = line.locator('.rx-warning', { hasText: /Allergy/ })
    await warning.waitFor()
    // Ctrl+Enter checks; it never picks from the type-ahead a second time.
    expect(await page.locator('fieldset.rx-line').count()).toBe(1)
    expect(await warning.textContent()).toContain('Penicillin')
    expect(await warning.locator('input[name^="override-"]').count()).toBe(1)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The doctor removes it and prescribes azithromycin instead, with a typed frequency.
    await line
      .getByRole('button', {
        name: en['prescriptions.removeLine'].replace('{name}', 'Amoxicillin'),
      })
      .click()
    await line.waitFor({ state: 'detached' })
    await addByKeyboard(page, 'azithro', '^\\s*Azithromycin\\s')
    const azithromycin = page.locator('fieldset.rx-line', { hasText: 'Azithromycin' })
    await azithromycin.waitFor()
    await azithromycin.locator('input[name="frequency"]').fill('od')
    await azithromycin.locator('input[name="durationDays"]').fill('3')
    expect(await azithromycin.locator('input[name="quantity"]').inputValue()).toBe('3 tablets')
    await page.keyboard.press('Control+Enter')
    await page.getByRole('status').filter({ hasText: en['prescriptions.checkedClean'] }).waitFor()
    expect(await page.locator('.rx-warning', { hasText: /Allergy/ }).count()).toBe(0)

    // Issue from the keyboard; the issued prescription opens with Print.
    await page.keyboard.press('Control+Shift+Enter')
    const view = page.locator('section.rx-view')
    await view.waitFor()
    expect(await view.textContent()).toContain('AZITHROMYCIN')
    const print = view.getByRole('link', { name: en['prescriptions.print'], exact: true })
    const href = (await print.getAttribute('href')) ?? ''
    expect(href).toMatch(/^\/api\/v1\/prescriptions\/[0-9a-f-]{36}\/pdf$/)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    const pdf = await doctorContext.request.get(`${e2e.serverUrl}${href}`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    const folder = mkdtempSync(path.join(tmpdir(), 'rx-pdf-'))
    try {
      const file = path.join(folder, 'rx.pdf')
      writeFileSync(file, await pdf.body())
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      expect(text).toContain('AZITHROMYCIN')
      expect(text).not.toContain('AMOXICILLIN')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }

    // The list shows it issued.
    await view.getByRole('button', { name: en['prescriptions.close'], exact: true }).click()
    const row = page.locator('table.rx-list tbody tr', { hasText: 'Azithromycin' })
    await row.waitFor()
    expect(await row.textContent()).toContain(en['prescriptions.status.issued'])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('renders the pad in Hindi, with a set inserting its lines', async () => {
    const { patient, doctorContext } = await clinicWithAllergicPatient(e2e)
    await doctorContext.addInitScript(() => {
      window.localStorage.setItem('niramaya.language', 'hi')
    })
    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)
    await page.goto(`${e2e.serverUrl}/patients/${patient.id}?tab=prescriptions`)
    await page.getByRole('button', { name: hi['prescriptions.new'], exact: true }).click()
    await page.locator('section.rx-pad').waitFor()
    expect(await page.locator('#rx-pad-heading').textContent()).toBe(hi['prescriptions.padHeading'])
    await addByKeyboard(page, 'Dry socket', 'Dry socket')
    await page.locator('fieldset.rx-line').nth(1).waitFor()
    expect(await page.locator('fieldset.rx-line').count()).toBe(2)
    // The set's mouthwash line gets the drug's own form and a quantity in ml (10 ml × 2 × 7 days).
    const rinse = page.locator('fieldset.rx-line').nth(1)
    expect(await rinse.locator('select[name="form"]').inputValue()).toBe('mouthwash')
    expect(await rinse.locator('input[name="quantity"]').inputValue()).toBe('140 ml')
    expect(await page.locator('section.rx-pad').textContent()).toContain(
      hi['prescriptions.food.after_food'],
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
