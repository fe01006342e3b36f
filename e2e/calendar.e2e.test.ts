import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { formatDate, todayInZone } from '../shared/format/index.ts'
import { addDays } from '../shared/scheduling/clinic-time.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, registerThroughApi } from './patient-desk.ts'

const receptionViewport = { width: 1366, height: 768 }

/** A Monday to Saturday at least two days ahead in the clinic's zone (Kolkata), as YYYY-MM-DD. */
function weekdayAhead(): string {
  let date = addDays(todayInZone('Asia/Kolkata'), 2)
  while (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) date = addDays(date, 1)
  return date
}

describe('appointment calendar', () => {
  const e2e = useNiramayaInChromium()

  /**
   * An owner, a doctor and two patients. The doctor works 09:00–13:00 and 14:00–19:00 Monday to
   * Saturday: set through the API, unless the test sets the hours through the set-up page.
   */
  async function clinicWithDoctor({ hoursThroughApi = true } = {}) {
    const owner = await e2e.newContext({ viewport: receptionViewport, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const doctorContext = await e2e.newContext()
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    const sessions = [
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '19:00' },
    ]
    if (hoursThroughApi) {
      await apiPost(
        owner,
        e2e.serverUrl,
        `/schedule/doctors/${doctor.userId}/hours`,
        { week: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, sessions })) },
        'PUT',
      )
    }
    const anita = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Anita Desai',
      ageYears: 34,
      sex: 'female',
      phone: '9812345670',
    })
    const ravi = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Ravi Kumar',
      ageYears: 41,
      sex: 'male',
      phone: '9812345671',
    })
    const page = await owner.newPage()
    return { owner, page, errors: collectPageErrors(page), doctor, anita, ravi }
  }

  async function quickBook(page: Page, search: string, time: string) {
    await page.getByRole('button', { name: 'Book appointment' }).click()
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' })
    await dialog.getByRole('combobox', { name: 'Find the patient' }).fill(search)
    await dialog.getByRole('option', { name: new RegExp(search) }).click()
    await dialog.getByLabel('Doctor', { exact: true }).selectOption({ label: 'Test doctor' })
    await dialog.getByLabel('Length in minutes').fill('30')
    await dialog.getByLabel('Start time').fill(time)
    await dialog.getByRole('button', { name: 'Book', exact: true }).click()
    return dialog
  }

  async function appointmentsOn(owner: BrowserContext, date: string) {
    const response = await owner.request.get(`${e2e.serverUrl}/api/v1/appointments?from=${date}`)
    return (await response.json()) as {
      id: string
      patient: { fullName: string }
      startsAt: string
      status: string
    }[]
  }

  /** The owner sets the doctor's week on the set-up page: two sessions a day, Monday to Saturday. */
  async function setHoursOnSetUpPage(page: Page) {
    await page.goto(e2e.url('/appointments/setup'))
    await page.getByRole('heading', { level: 1, name: 'Scheduling set-up' }).waitFor()
    await page.getByLabel('Doctor', { exact: true }).selectOption({ label: 'Test doctor (Doctor)' })
    const monday = page.getByRole('group', { name: 'Monday', exact: true })
    await monday.getByRole('button', { name: 'Add a session on Monday' }).click()
    await monday.getByLabel('Session 1 start').fill('09:00')
    await monday.getByLabel('Session 1 end').fill('13:00')
    await monday.getByRole('button', { name: 'Add a session on Monday' }).click()
    await monday.getByLabel('Session 2 start').fill('14:00')
    await monday.getByLabel('Session 2 end').fill('19:00')
    await page.getByRole('button', { name: 'Copy Monday to Tuesday–Saturday' }).click()
    await page.getByRole('button', { name: 'Save hours' }).click()
    await page.getByRole('status').getByText('Hours saved for Test doctor.').waitFor()
  }

  it('the journey: sets hours, books two patients, refuses a double booking, drags one, and confirms a future visit without offering check-in', async () => {
    const { owner, page, errors, anita, ravi } = await clinicWithDoctor({ hoursThroughApi: false })
    await setHoursOnSetUpPage(page)
    const date = weekdayAhead()
    await page.goto(e2e.url(`/appointments?date=${date}`))
    await page.getByRole('heading', { level: 1, name: 'Appointments' }).waitFor()
    await page.getByRole('region', { name: `Calendar for ${formatDate(date)}` }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Free slots follow the doctor's hours; choosing one fills in the start time.
    await page.getByRole('button', { name: 'Book appointment' }).click()
    const dialog = page.getByRole('dialog', { name: 'Book an appointment' })
    await dialog.getByRole('combobox', { name: 'Find the patient' }).fill('Anita')
    await dialog.getByRole('option', { name: /Anita Desai/ }).click()
    await dialog.getByText('Patient: Anita Desai').waitFor()
    await dialog.getByLabel('Doctor', { exact: true }).selectOption({ label: 'Test doctor' })
    await dialog.getByLabel('Length in minutes').fill('30')
    await dialog.getByRole('button', { name: 'Start at 10:00' }).click()
    expect(await dialog.getByLabel('Start time').inputValue()).toBe('10:00')
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Book', exact: true }).click()
    await page
      .getByRole('button', { name: `10:00–10:30 Anita Desai ${anita.patientNumber}, booked` })
      .waitFor()
    await page
      .getByRole('status')
      .getByText(/^Booked Anita Desai on .* at 10:00\.$/)
      .waitFor()

    // The same doctor at 10:15 is refused with the server's reason.
    const second = await quickBook(page, 'Ravi', '10:15')
    await second
      .getByRole('alert')
      .getByText('The doctor already has an appointment from 10:00 to 10:30')
      .waitFor()
    expect(await second.getByRole('button', { name: 'Book anyway' }).count()).toBe(0)
    await second.getByLabel('Start time').fill('11:00')
    await second.getByRole('button', { name: 'Book', exact: true }).click()
    const raviBlock = page.getByRole('button', {
      name: `11:00–11:30 Ravi Kumar ${ravi.patientNumber}, booked`,
    })
    await raviBlock.waitFor()

    // Dragging the block down an hour moves it to 12:00 (5-minute rows of 8 px: 96 px an hour).
    await raviBlock.scrollIntoViewIfNeeded()
    const box = await raviBlock.boundingBox()
    if (!box) throw new Error('the block has no box')
    const x = box.x + box.width / 2
    const y = box.y + 6
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x, y + 48, { steps: 5 })
    await page.mouse.move(x, y + 96, { steps: 5 })
    await page.mouse.up()
    await page
      .getByRole('button', { name: `12:00–12:30 Ravi Kumar ${ravi.patientNumber}, booked` })
      .waitFor()
    await page
      .getByRole('status')
      .getByText(/^Appointment moved to .* at 12:00\.$/)
      .waitFor()
    const moved = (await appointmentsOn(owner, date)).find(
      (appointment) => appointment.patient.fullName === 'Ravi Kumar',
    )
    // 12:00 in Kolkata is 06:30 UTC.
    expect(moved?.startsAt).toBe(`${date}T06:30:00.000Z`)

    // Dropping it on Anita's time is refused: it snaps back and the server's reason is shown.
    const atNoon = page.getByRole('button', {
      name: `12:00–12:30 Ravi Kumar ${ravi.patientNumber}, booked`,
    })
    await atNoon.scrollIntoViewIfNeeded()
    const noonBox = await atNoon.boundingBox()
    if (!noonBox) throw new Error('the block has no box')
    await page.mouse.move(x, noonBox.y + 6)
    await page.mouse.down()
    await page.mouse.move(x, noonBox.y + 6 - 192, { steps: 8 })
    await page.mouse.up()
    await page
      .getByRole('alert')
      .getByText('The doctor already has an appointment from 10:00 to 10:30')
      .waitFor()
    await atNoon.waitFor()

    // A future appointment can be confirmed from the details dialog, but not checked in or marked
    // a no-show before its day (shared/scheduling/status-transitions.ts).
    await page
      .getByRole('button', { name: `10:00–10:30 Anita Desai ${anita.patientNumber}, booked` })
      .click()
    const details = page.getByRole('dialog', { name: 'Appointment: 10:00–10:30' })
    await details.getByRole('link', { name: 'Open the patient’s page' }).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(await details.getByRole('button', { name: 'Check in' }).count()).toBe(0)
    expect(await details.getByRole('button', { name: 'No-show' }).count()).toBe(0)
    await details.getByRole('button', { name: 'Confirm', exact: true }).click()
    await page.getByRole('status').getByText('Anita Desai is now confirmed.').waitFor()
    await details.getByRole('button', { name: 'Close' }).click()
    await page
      .getByRole('button', { name: `10:00–10:30 Anita Desai ${anita.patientNumber}, confirmed` })
      .waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(
      unexpectedErrors(errors, [
        { status: 409, path: '/api/v1/appointments' },
        { status: 409, path: `/api/v1/appointments/${moved?.id}` },
      ]),
    ).toEqual([])
  })

  it('adds a walk-in on today’s list and completes it with one click', async () => {
    const { page, errors, ravi } = await clinicWithDoctor()
    await page.goto(e2e.url('/appointments/today'))
    await page.getByRole('heading', { level: 1, name: 'Today’s appointments' }).waitFor()
    await page.getByText('No appointments today.').waitFor()
    await page.getByRole('button', { name: 'Walk-in' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add a walk-in patient' })
    await dialog.getByRole('combobox', { name: 'Find the patient' }).fill('Ravi')
    await dialog.getByRole('option', { name: /Ravi Kumar/ }).click()
    // The owner has no working hours set, so a walk-in at any hour is accepted.
    await dialog.getByLabel('Doctor', { exact: true }).selectOption({ label: 'Dr. Asha Rao' })
    await dialog.getByRole('button', { name: 'Add walk-in' }).click()
    await page.getByRole('status').getByText('Ravi Kumar added as a walk-in.').waitFor()
    const row = page.getByRole('row', { name: /Ravi Kumar/ })
    await row.getByText('checked in (Walk-in)').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await row.getByRole('button', { name: 'Complete: Ravi Kumar' }).click()
    await row.getByText('completed (Walk-in)').waitFor()

    // Anita waits for a slot today, and comes off the list once seen.
    const waiting = page.getByRole('region', { name: 'Waiting list' })
    await waiting.getByText('Nobody is waiting.').waitFor()
    const addForm = waiting.getByRole('form', { name: 'Add to the waiting list' })
    await addForm.getByRole('combobox', { name: 'Find the patient' }).fill('Anita')
    await addForm.getByRole('option', { name: /Anita Desai/ }).click()
    await addForm.getByLabel('Waiting for').selectOption({ label: 'Test doctor' })
    await addForm.getByLabel('Note (optional)').fill('Tooth pain, any time')
    await addForm.getByRole('button', { name: 'Add to the waiting list' }).click()
    await waiting.getByText('Anita Desai is on the waiting list.').waitFor()
    const entry = waiting.getByRole('listitem').filter({ hasText: 'Anita Desai' })
    expect(await entry.textContent()).toMatch(
      /Test doctor · waiting since \d{2}:\d{2} · Tooth pain, any time/,
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await waiting.getByRole('button', { name: 'Seen or booked: Anita Desai' }).click()
    await waiting.getByText('Nobody is waiting.').waitFor()

    // The patient page sums up attendance.
    await page.goto(e2e.url(`/patients/${ravi.id}`))
    const attendance = page.getByRole('region', { name: 'Attendance' })
    await attendance.getByText('Last completed visit').waitFor()
    const completed = attendance.getByRole('definition').first()
    expect(await completed.textContent()).toBe('1')

    // Nobody is due for a recall in a clinic without recall rules.
    await page.goto(e2e.url('/appointments/recalls'))
    await page.getByRole('heading', { level: 1, name: 'Recalls due' }).waitFor()
    await page.getByText('Nobody is due for a recall in this period.').waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
