import { describe, expect, it } from 'vitest'
import { todayInZone } from '../shared/format/index.ts'
import { addDays } from '../shared/scheduling/clinic-time.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import { apiPost, joinThroughApi, registerThroughApi } from './patient-desk.ts'

/** A Monday to Saturday at least two days ahead in the clinic's zone (Kolkata), as YYYY-MM-DD. */
function weekdayAhead(): string {
  let date = addDays(todayInZone('Asia/Kolkata'), 2)
  while (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) date = addDays(date, 1)
  return date
}

describe('server refusals on screen', () => {
  const e2e = useNiramayaInChromium()

  it('a double booking is refused in Hindi, from the reason, not the server’s English', async () => {
    const owner = await e2e.newContext({ viewport: { width: 1366, height: 768 } })
    await signUpThroughApi(owner, e2e.serverUrl)
    const doctor = await joinThroughApi(owner, await e2e.newContext(), e2e.serverUrl, 'doctor')
    const date = weekdayAhead()
    const anita = await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Anita Desai',
      ageYears: 34,
      sex: 'female',
      phone: '9812345670',
    })
    await registerThroughApi(owner, e2e.serverUrl, {
      fullName: 'Ravi Kumar',
      ageYears: 41,
      sex: 'male',
      phone: '9812345671',
    })
    await apiPost(owner, e2e.serverUrl, '/appointments', {
      patientId: anita.id,
      doctorUserId: doctor.userId,
      startsAt: `${date}T10:00:00+05:30`,
      durationMinutes: 30,
    })

    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url(`/appointments?date=${date}`))
    await page.getByLabel('Language').selectOption('hi')
    await page.getByRole('button', { name: hi['calendar.book'] }).click()
    const dialog = page.getByRole('dialog', { name: hi['calendar.bookHeading'] })
    await dialog.getByRole('combobox', { name: hi['calendar.findPatient'] }).fill('Ravi')
    await dialog.getByRole('option', { name: /Ravi Kumar/ }).click()
    await dialog.getByLabel(hi['calendar.doctor'], { exact: true }).selectOption({
      label: 'Test doctor',
    })
    await dialog.getByLabel(hi['calendar.duration']).fill('30')
    await dialog.getByLabel(hi['calendar.startTime']).fill('10:15')
    await dialog.getByRole('button', { name: hi['calendar.bookSubmit'], exact: true }).click()

    const alert = dialog.getByRole('alert')
    await alert.getByText('डॉक्टर का 10:00 से 10:30 तक पहले से एक अपॉइंटमेंट है').waitFor()
    expect(await alert.textContent()).not.toContain('The doctor already has an appointment')
    expect(unexpectedErrors(errors, [{ status: 409, path: '/api/v1/appointments' }])).toEqual([])
  })
})
