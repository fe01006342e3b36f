import { describe, expect, it } from 'vitest'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import {
  expectNoClinicalTabs,
  openRecordTab,
  refusedClinicalReads,
  statusFromPage,
} from './clinical-steps/access.ts'
import { recordVitals, vitalsRows } from './clinical-steps/vitals.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, meenakshi, registerThroughApi } from './patient-desk.ts'

const desktop = { width: 1366, height: 768 }

describe('who may open the clinical record', () => {
  const e2e = useNiramayaInChromium()

  /** A clinic whose owner has recorded a history and vitals for one patient. */
  async function clinicWithClinicalData() {
    const owner = await e2e.newContext({ viewport: desktop, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const patient = await registerThroughApi(owner, e2e.serverUrl, meenakshi)
    await apiPost(
      owner,
      e2e.serverUrl,
      `/patients/${patient.id}/history`,
      {
        conditions: [],
        allergies: [{ substance: 'Lignocaine', category: 'anaesthetic', severity: 'severe' }],
        medications: [],
        habits: {},
        dentalHistory: {},
        chiefComplaint: 'Pain in the lower left molar',
        version: 0,
      },
      'PUT',
    )
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/vitals`, {
      systolic: 187,
      diastolic: 111,
    })
    return { owner, patient }
  }

  async function joinAs(
    owner: Awaited<ReturnType<typeof clinicWithClinicalData>>['owner'],
    role: string,
  ) {
    const context = await e2e.newContext({ viewport: desktop, bypassCSP: true })
    const { userId } = await joinThroughApi(owner, context, e2e.serverUrl, role)
    const page = await context.newPage()
    return { page, errors: collectPageErrors(page), userId }
  }

  it('a receptionist sees the details but no clinical tab, even at a clinical tab’s address, and the API refuses the chart', async () => {
    const { owner, patient } = await clinicWithClinicalData()
    const receptionist = await joinAs(owner, 'receptionist')
    const desk = receptionist.page

    await expectNoClinicalTabs(desk, e2e.url, patient.id, 'chart')
    await desk.getByRole('heading', { level: 1, name: meenakshi.fullName }).waitFor()
    // No clinical data anywhere on the page: not the allergy, not the blood pressure.
    const shown = (await desk.locator('main').textContent()) ?? ''
    expect(shown).not.toContain('Lignocaine')
    expect(shown).not.toContain('187')
    expect(await desk.locator('.clinical-alerts, .clinical-alerts-none').count()).toBe(0)
    expect(await findSeriousAxeViolations(desk)).toEqual([])
    for (const tab of ['vitals', 'notes', 'history']) {
      await expectNoClinicalTabs(desk, e2e.url, patient.id, tab)
    }
    // Recording vitals is refused too, in the API and so in the database.
    const csrf = (await desk.context().cookies()).find((c) => c.name === 'csrf_token')?.value
    const refusedWrite = await desk.evaluate(
      async ({ url, token }) =>
        (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': token },
            body: JSON.stringify({ pulse: 70 }),
          })
        ).status,
      { url: `/api/v1/patients/${patient.id}/vitals`, token: csrf ?? '' },
    )
    expect(refusedWrite).toBe(403)
    expect(unexpectedErrors(receptionist.errors, refusedClinicalReads(patient.id))).toEqual([])
  })

  it('an assistant on the care team sees the chart and vitals, records vitals, and cannot sign notes', async () => {
    const { owner, patient } = await clinicWithClinicalData()
    const assistant = await joinAs(owner, 'assistant')
    const page = assistant.page

    // Not yet on the care team: no clinical tabs, and the API refuses.
    await expectNoClinicalTabs(page, e2e.url, patient.id, 'vitals')

    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
      userId: assistant.userId,
    })
    await page.goto(e2e.url(`/patients/${patient.id}`))
    await page.getByRole('heading', { level: 1, name: meenakshi.fullName }).waitFor()
    const tabs = await page.getByRole('tab').allTextContents()
    for (const name of [en['record.tab.chart'], en['record.tab.vitals'], en['record.tab.notes']]) {
      expect(tabs).toContain(name)
    }
    expect(await statusFromPage(page, `/patients/${patient.id}/chart`)).toBe(200)

    await openRecordTab(page, en['record.tab.chart'])
    await openRecordTab(page, en['record.tab.vitals'])
    await vitalsRows(page).first().waitFor()
    await recordVitals(page, { pulse: '76', spo2: '97' })
    expect(await vitalsRows(page).count()).toBe(2)
    expect(await vitalsRows(page).first().textContent()).toContain('Test assistant')
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Notes: an assistant may read them but never sign (clinical.sign is not theirs).
    // The owner's draft is open to the care team: the assistant may edit it, not sign it.
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/notes`, {
      subjective: 'Sensitivity to cold drinks on the upper right',
    })
    await openRecordTab(page, en['record.tab.notes'])
    const notes = page.getByRole('tabpanel', { name: en['record.tab.notes'], exact: true })
    await notes.getByText('Sensitivity to cold drinks on the upper right').waitFor()
    await notes.getByRole('button', { name: en['notes.edit'], exact: true }).waitFor()
    expect(await notes.getByRole('button', { name: /^sign\b/i }).count()).toBe(0)
    // The same look finds the button where it belongs: the owner, a dentist, may sign.
    const ownerPage = await owner.newPage()
    await ownerPage.goto(e2e.url(`/patients/${patient.id}?tab=notes`))
    const ownerNotes = ownerPage.getByRole('tabpanel', {
      name: en['record.tab.notes'],
      exact: true,
    })
    await ownerNotes.getByRole('button', { name: /^sign\b/i }).waitFor()
    expect(unexpectedErrors(assistant.errors, refusedClinicalReads(patient.id))).toEqual([])
  })
})
