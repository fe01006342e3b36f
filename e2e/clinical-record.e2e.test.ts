import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const receptionViewport = { width: 1366, height: 768 }

describe('clinical record', () => {
  const e2e = useNiramayaInChromium()

  function url(pathname: string): string {
    return e2e.url(pathname)
  }

  /** The owner of a new clinic with one patient registered. */
  async function clinicWithPatient() {
    const context = await e2e.newContext({ viewport: receptionViewport, bypassCSP: true })
    await signUpThroughApi(context, e2e.serverUrl)
    const patient = await registerThroughApi(context, e2e.serverUrl, meenakshi)
    const page = await context.newPage()
    return { context, page, errors: collectPageErrors(page), patient }
  }

  /** A member of the owner's clinic with `role`, signed in in a browser of their own. */
  async function joinAs(owner: BrowserContext, role: string) {
    const context = await e2e.newContext({ viewport: receptionViewport, bypassCSP: true })
    const { userId } = await joinThroughApi(owner, context, e2e.serverUrl, role)
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page), userId }
  }

  const alertsOf = (page: Page) => page.locator('.patient-header .clinical-alert')

  it('records a history with a life-threatening allergy and a blood thinner, shown as alerts', async () => {
    const { page, errors, patient } = await clinicWithPatient()
    // A deep link opens the tab.
    await page.goto(url(`/patients/${patient.id}?tab=history`))
    await page.getByRole('heading', { level: 2, name: 'Medical and dental history' }).waitFor()
    expect(await page.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe(
      'true',
    )
    await page.getByText('No allergies or medical alerts recorded.').waitFor()
    await page.getByRole('button', { name: 'Record history' }).click()

    await page.getByRole('checkbox', { name: 'Diabetes' }).check()
    await page.getByLabel('Diabetes: since when (optional)').fill('2019')
    // Adding a row puts the cursor in it.
    await page.getByRole('button', { name: 'Add an allergy' }).click()
    await page.keyboard.type('Penicillin')
    const allergy = page.getByRole('group', { name: 'Allergy 1' })
    await allergy.getByLabel('Severity').selectOption({ label: 'Life-threatening' })
    await allergy.getByLabel('Reaction (optional)').fill('Swelling of the throat')
    await page.getByRole('button', { name: 'Add an allergy' }).click()
    await page.getByRole('button', { name: 'Add a medicine' }).click()
    await page.keyboard.type('Warfarin')
    await page.getByRole('group', { name: 'Medicine 1' }).getByLabel('Dose (optional)').fill('5 mg')
    await page.getByRole('radio', { name: 'Uses now' }).check()
    await page.getByRole('checkbox', { name: 'Gutkha' }).check()

    // The empty second allergy is refused under its own field.
    await page.getByRole('button', { name: 'Save history' }).click()
    await page.getByRole('alert').getByText('Please correct the highlighted fields.').waitFor()
    const second = page.getByRole('group', { name: 'Allergy 2' })
    expect(
      await second.getByLabel('Substance').evaluate((input) => input === document.activeElement),
    ).toBe(true)
    expect(await second.getByLabel('Substance').getAttribute('aria-invalid')).toBe('true')
    await second.getByText('Enter what the patient is allergic to').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Remove allergy 2' }).click()
    await page.getByRole('button', { name: 'Save history' }).click()

    await page.getByRole('status').getByText('History saved.').waitFor()
    const expected = [
      'Allergy: Penicillin (life-threatening)',
      'Blood thinner: Warfarin',
      'Diabetes',
    ]
    const expectAlerts = async () => {
      await alertsOf(page).first().waitFor()
      const texts = await alertsOf(page).allTextContents()
      for (const text of expected) expect(texts.some((alert) => alert.includes(text))).toBe(true)
      const critical = page.locator('.patient-header .clinical-alert[data-severity="critical"]')
      expect(await critical.allTextContents()).toEqual([
        'CriticalAllergy: Penicillin (life-threatening)',
        'CriticalBlood thinner: Warfarin',
      ])
      const warning = page.locator('.patient-header .clinical-alert[data-severity="warning"]')
      expect(await warning.allTextContents()).toEqual(['WarningDiabetes'])
    }
    await expectAlerts()
    const history = page.getByRole('tabpanel', { name: 'History' })
    await history.getByText(/^Last saved by Dr\. Asha Rao on \d{2}\/\d{2}\/\d{4}, /).waitFor()
    await history.getByRole('rowheader', { name: 'Penicillin' }).waitFor()
    await history.getByText('Gutkha').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await page.reload()
    await page.getByRole('heading', { level: 2, name: 'Medical and dental history' }).waitFor()
    await expectAlerts()
    expect(new URL(page.url()).search).toBe('?tab=history')
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('keeps clinical data from the front desk, who adds a doctor to the care team', async () => {
    const { context, patient } = await clinicWithPatient()
    await apiPost(
      context,
      e2e.serverUrl,
      `/patients/${patient.id}/history`,
      {
        conditions: [{ code: 'bleeding_disorder' }],
        allergies: [{ substance: 'Lignocaine', category: 'anaesthetic', severity: 'severe' }],
        medications: [],
        habits: {},
        dentalHistory: {},
        chiefComplaint: 'Pain in the lower left molar',
        version: 0,
      },
      'PUT',
    )
    const doctor = await joinAs(context, 'doctor')
    const receptionist = await joinAs(context, 'receptionist')

    await receptionist.page.goto(url(`/patients/${patient.id}?tab=history`))
    const desk = receptionist.page
    await desk.getByRole('heading', { level: 1, name: meenakshi.fullName }).waitFor()
    // No history tab, so the link falls back to the details; no alerts either. The front desk
    // bills (Billing) and reads the patient's messages (Messages), but sees nothing clinical.
    await desk.getByRole('region', { name: 'Details' }).waitFor()
    expect(await desk.getByRole('tab').allTextContents()).toEqual([
      'Details',
      'Consent',
      'Messages',
      'Billing',
    ])
    expect(await desk.locator('.clinical-alerts, .clinical-alerts-none').count()).toBe(0)
    expect(await desk.getByText('Lignocaine').count()).toBe(0)

    const careTeam = desk.getByRole('region', { name: 'Care team' })
    await careTeam.getByText('Nobody is on the care team yet.').waitFor()
    await careTeam.getByLabel('Doctor or assistant').selectOption({ label: 'Test doctor (Doctor)' })
    await careTeam.getByRole('button', { name: 'Add to the care team' }).click()
    await careTeam
      .getByRole('status')
      .getByText('Test doctor was added to the care team.')
      .waitFor()
    await careTeam.getByRole('button', { name: 'Remove Test doctor from the care team' }).waitFor()
    expect(await findSeriousAxeViolations(desk)).toEqual([])

    await doctor.page.goto(url(`/patients/${patient.id}`))
    await doctor.page.getByRole('tab', { name: 'History' }).click()
    const history = doctor.page.getByRole('tabpanel', { name: 'History' })
    await history.getByRole('rowheader', { name: 'Lignocaine' }).waitFor()
    await history.getByText('Pain in the lower left molar').waitFor()
    // Doctors on the care team may change the history.
    await history.getByRole('button', { name: 'Edit history' }).waitFor()
    expect(await alertsOf(doctor.page).allTextContents()).toEqual([
      'CriticalAllergy: Lignocaine (severe)',
      'CriticalBleeding disorder',
    ])

    // An assistant on the care team reads the history but cannot change it.
    const assistant = await joinAs(context, 'assistant')
    await apiPost(context, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
      userId: assistant.userId,
    })
    await assistant.page.goto(url(`/patients/${patient.id}?tab=history`))
    const readOnly = assistant.page.getByRole('tabpanel', { name: 'History' })
    await readOnly.getByRole('rowheader', { name: 'Lignocaine' }).waitFor()
    expect(await readOnly.getByRole('button').count()).toBe(0)
    expect(unexpectedErrors(receptionist.errors, [])).toEqual([])
    expect(unexpectedErrors(doctor.errors, [])).toEqual([])
    expect(unexpectedErrors(assistant.errors, [])).toEqual([])
  })

  it('lets the owner open every patient to doctors with a clinic setting', async () => {
    const { context, page, errors, patient } = await clinicWithPatient()
    const doctor = await joinAs(context, 'doctor')
    await doctor.page.goto(url(`/patients/${patient.id}`))
    await doctor.page.getByRole('region', { name: 'Details' }).waitFor()
    expect(await doctor.page.getByRole('tab', { name: 'History' }).count()).toBe(0)

    await page.goto(url('/settings'))
    const setting = page.getByRole('checkbox', {
      name: 'Doctors may see every patient’s clinical records',
    })
    expect(await setting.isChecked()).toBe(false)
    await setting.check()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByRole('status').getByText('Settings saved.').waitFor()

    await doctor.page.reload()
    await doctor.page.getByRole('tab', { name: 'History' }).click()
    await doctor.page.getByText('No history has been recorded yet.').waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
    expect(unexpectedErrors(doctor.errors, [])).toEqual([])
  })

  it('merges a duplicate registration, which then leaves search and points to the record kept', async () => {
    const { context, page, errors, patient } = await clinicWithPatient()
    const duplicate = await registerThroughApi(context, e2e.serverUrl, {
      fullName: 'Meenakshi Subramaniam',
      dateOfBirth: meenakshi.dateOfBirth,
      sex: 'female',
      phone: meenakshi.phone,
    })
    await page.goto(url(`/patients/${patient.id}`))
    await page.getByRole('button', { name: 'Merge a duplicate into this record' }).click()
    const merge = page.getByRole('region', { name: 'Merge a duplicate into this record' })
    await merge.getByRole('combobox', { name: 'Find the duplicate record' }).fill('Meenakshi')
    // The record itself is not offered.
    const option = merge.getByRole('option', { name: /Meenakshi Subramaniam/ })
    await option.click()
    expect(await merge.getByRole('option').count()).toBe(0)
    const table = merge.getByRole('table', { name: 'The two records side by side' })
    expect(await table.textContent()).toContain(patient.patientNumber)
    expect(await table.textContent()).toContain(duplicate.patientNumber)
    await merge.getByText('It no longer appears in search', { exact: false }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await merge
      .getByRole('button', {
        name: `Merge ${duplicate.patientNumber} into ${patient.patientNumber}`,
      })
      .click()
    await page
      .getByRole('status')
      .getByText(`${duplicate.patientNumber} was merged into this record.`)
      .waitFor()

    await page.goto(url('/patients'))
    await page.getByRole('combobox', { name: 'Find a patient' }).fill('Meenakshi')
    await page.getByRole('option', { name: /Meenakshi Subramanian/ }).waitFor()
    const matches = page.getByRole('listbox', { name: 'Matching patients' }).getByRole('option')
    expect(await matches.count()).toBe(1)

    await page.goto(url(`/patients/${duplicate.id}`))
    await page
      .getByText(`This record was merged into ${patient.patientNumber}.`, { exact: false })
      .waitFor()
    expect(await page.getByRole('tab').count()).toBe(0)
    await page.getByRole('link', { name: `Open ${patient.patientNumber}` }).click()
    await page.getByRole('heading', { level: 1, name: meenakshi.fullName }).waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
