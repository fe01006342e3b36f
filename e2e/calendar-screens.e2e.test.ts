import type { BrowserContext } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { formatDate, todayInZone } from '../shared/format/index.ts'
import { addDays, zonedDateTimeToUtc } from '../shared/scheduling/clinic-time.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, registerThroughApi } from './patient-desk.ts'

const zone = 'Asia/Kolkata'
const receptionViewport = { width: 1366, height: 768 }
const phoneViewport = { width: 375, height: 740 }

// Dates are relative to the real clock (the server runs on it): yesterday is always past and
// tomorrow always ahead, whatever day the tests run.
const todayInClinic = () => todayInZone(zone)
const at = (date: string, time: string) => zonedDateTimeToUtc(date, time, zone).toISOString()

describe('calendar screens: past visits, phones, short blocks, alerts', () => {
  const e2e = useNiramayaInChromium()

  /** An owner with a doctor (no working hours, so any time is bookable) and a patient. */
  async function clinic(viewport = receptionViewport) {
    const owner = await e2e.newContext({ viewport, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const doctorContext = await e2e.newContext({ viewport: receptionViewport, bypassCSP: true })
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    const patient = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Meenakshi Subramanian',
      ageYears: 40,
      sex: 'female',
      phone: '9845012345',
    })
    const page = await owner.newPage()
    return { owner, doctorContext, doctor, patient, page, errors: collectPageErrors(page) }
  }

  const book = (context: BrowserContext, body: object) =>
    apiPost(context, e2e.serverUrl, '/appointments', body) as Promise<{ id: string }>

  it('records a past visit from the booking form, as completed', async () => {
    const { page, errors, patient } = await clinic()
    const yesterday = addDays(todayInClinic(), -1)
    await page.goto(e2e.url(`/appointments?date=${yesterday}`))
    await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor()
    await page.getByRole('button', { name: 'Book appointment' }).click()
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' })
    await dialog.getByRole('combobox', { name: 'Find the patient' }).fill('Meenakshi')
    await dialog.getByRole('option', { name: /Meenakshi Subramanian/ }).click()
    await dialog.getByLabel('Doctor', { exact: true }).selectOption({ label: 'Test doctor' })
    await dialog.getByLabel('Length in minutes').fill('30')
    await dialog.getByLabel('Start time').fill('10:00')

    // A time that has passed is not booked by accident: the form asks to record it instead.
    const past = dialog.getByRole('group', { name: 'This time has passed' })
    await past.waitFor()
    await dialog.getByRole('button', { name: 'Book', exact: true }).click()
    expect(await dialog.getByRole('alert').first().textContent()).toBe(
      'Please correct the highlighted fields.',
    )
    await past.getByText('Tick this to record a visit that already happened').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await past.getByLabel('Record it as a past visit').check()
    expect(await past.getByLabel('What happened').inputValue()).toBe('completed')
    await dialog.getByRole('button', { name: 'Record past visit' }).click()
    await page
      .getByRole('button', {
        name: `10:00–10:30 Meenakshi Subramanian ${patient.patientNumber}, completed`,
      })
      .waitFor()
    await page
      .getByRole('status')
      .getByText(/^Recorded the visit of Meenakshi Subramanian/)
      .waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('fits today’s list on a 375 px phone without scrolling sideways', async () => {
    const { owner, page, errors, doctor, patient } = await clinic(phoneViewport)
    const me = (await (await owner.request.get(`${e2e.serverUrl}/api/v1/me`)).json()) as {
      user: { id: string }
    }
    const second = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Venkatanarasimharajuvaripeta Ramachandran',
      ageYears: 52,
      sex: 'male',
      phone: '9845012346',
    })
    // Walk-ins start now, so they are on today's list whatever the time of day.
    for (const [patientId, doctorUserId] of [
      [patient.id, doctor.userId],
      [second.id, me.user.id],
    ]) {
      await apiPost(owner, e2e.serverUrl, '/appointments/walk-in', { patientId, doctorUserId })
    }
    await page.goto(e2e.url('/appointments/today'))
    await page.getByRole('heading', { level: 1, name: 'Today’s appointments' }).waitFor()
    const row = page.getByRole('row', { name: /Venkatanarasimharajuvaripeta/ })
    const complete = row.getByRole('button', {
      name: 'Complete: Venkatanarasimharajuvaripeta Ramachandran',
    })
    await complete.waitFor()

    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.viewport)
    // Every row's action is on screen, not hidden in a sideways-scrolling table.
    const box = await complete.boundingBox()
    expect(box && box.x + box.width).toBeLessThanOrEqual(phoneViewport.width)
    // The column names still label each value.
    await row.getByText('Doctor', { exact: true }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await complete.click()
    await row.getByText('completed (Walk-in)').waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('shows the patient’s name on a 15-minute appointment', async () => {
    const { owner, page, errors, doctor, patient } = await clinic()
    const tomorrow = addDays(todayInClinic(), 1)
    await book(owner, {
      patientId: patient.id,
      doctorUserId: doctor.userId,
      startsAt: at(tomorrow, '10:00'),
      durationMinutes: 15,
    })
    await page.goto(e2e.url(`/appointments?date=${tomorrow}`))
    await page.getByRole('region', { name: `Calendar for ${formatDate(tomorrow)}` }).waitFor()
    const name = `10:00–10:15 Meenakshi Subramanian ${patient.patientNumber}, booked`
    const block = page.getByRole('button', { name })
    await block.waitFor()
    const patientText = block.locator('.calendar-block-patient')
    expect(await patientText.textContent()).toContain('Meenakshi')

    // The name is drawn inside the block, not clipped below its lower edge.
    await block.scrollIntoViewIfNeeded()
    const blockBox = await block.boundingBox()
    const textBox = await patientText.boundingBox()
    if (!blockBox || !textBox) throw new Error('the block or its patient has no box')
    expect(textBox.y).toBeGreaterThanOrEqual(blockBox.y)
    expect(textBox.y + textBox.height).toBeLessThanOrEqual(blockBox.y + blockBox.height + 0.5)
    expect(textBox.width).toBeGreaterThan(20)
    // A name cut short by the block's width is whole in the tooltip.
    expect(await block.getAttribute('title')).toBe(name)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('shows the doctor a patient’s penicillin allergy when opening the appointment', async () => {
    const { owner, doctorContext, doctor, patient } = await clinic()
    await apiPost(
      owner,
      e2e.serverUrl,
      `/patients/${patient.id}/history`,
      {
        conditions: [],
        allergies: [{ substance: 'Penicillin', category: 'drug', severity: 'life_threatening' }],
        medications: [],
        habits: {},
        dentalHistory: {},
        chiefComplaint: '',
        version: 0,
      },
      'PUT',
    )
    await apiPost(owner, e2e.serverUrl, `/patients/${patient.id}/care-team`, {
      userId: doctor.userId,
    })
    const tomorrow = addDays(todayInClinic(), 1)
    await book(owner, {
      patientId: patient.id,
      doctorUserId: doctor.userId,
      startsAt: at(tomorrow, '11:00'),
      durationMinutes: 30,
    })

    const page = await doctorContext.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url(`/appointments?date=${tomorrow}`))
    await page
      .getByRole('button', {
        name: `11:00–11:30 Meenakshi Subramanian ${patient.patientNumber}, booked`,
      })
      .click()
    const details = page.getByRole('dialog', { name: 'Appointment: 11:00–11:30' })
    const alerts = details.getByRole('list', { name: 'Medical alerts' })
    await alerts.waitFor()
    expect(await alerts.getByRole('listitem').allTextContents()).toEqual([
      'CriticalAllergy: Penicillin (life-threatening)',
    ])
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])

    // The front desk does not see clinical data, so their dialog asks for none.
    const desk = await e2e.newContext({ viewport: receptionViewport, bypassCSP: true })
    await joinThroughApi(owner, desk, e2e.serverUrl, 'receptionist')
    const deskPage = await desk.newPage()
    const patientReads: string[] = []
    deskPage.on('request', (request) => {
      if (request.url().includes(`/api/v1/patients/${patient.id}`)) patientReads.push(request.url())
    })
    await deskPage.goto(e2e.url(`/appointments?date=${tomorrow}`))
    await deskPage
      .getByRole('button', {
        name: `11:00–11:30 Meenakshi Subramanian ${patient.patientNumber}, booked`,
      })
      .click()
    const deskDetails = deskPage.getByRole('dialog', { name: 'Appointment: 11:00–11:30' })
    await deskDetails.getByRole('link', { name: 'Open the patient’s page' }).waitFor()
    expect(await deskDetails.locator('.clinical-alerts, .clinical-alerts-none').count()).toBe(0)
    expect(patientReads).toEqual([])
  })
  it('turns today’s list over at the clinic’s midnight, without a reload', async () => {
    const { page, errors } = await clinic()
    // The browser's clock alone is moved (the server's is real): one minute before midnight in
    // the clinic, on a fixed day whose list is empty whatever today is.
    await page.clock.install({ time: new Date(at('2027-01-31', '23:59')) })
    await page.goto(e2e.url('/appointments/today'))
    await page
      .getByText(`Everyone booked for today, ${formatDate('2027-01-31')}, in time order.`)
      .waitFor()
    await page.clock.runFor('02:00')
    await page
      .getByText(`Everyone booked for today, ${formatDate('2027-02-01')}, in time order.`)
      .waitFor()
    await page.getByText('No appointments today.').waitFor()
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
