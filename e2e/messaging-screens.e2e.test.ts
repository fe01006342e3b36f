import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { formatDate } from '../shared/format/index.ts'
import { addDays } from '../shared/scheduling/clinic-time.ts'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import {
  bookAtTen,
  errorOfInput,
  meenakshiOnWhatsApp,
  registerConsentingPatient,
  sendWithoutQuietHours,
  weekdayAhead,
} from './messaging-desk.ts'
import { joinThroughApi } from './patient-desk.ts'

const viewport = { width: 1366, height: 900 }
/** Messages reach the outbox through the job queue, moments after the booking commits. */
const WAIT_MS = 15_000

const reminderLabel = (key: 'messaging.before.hours' | 'messaging.before.days', count: number) =>
  en[key].replace('{count}', String(count))

describe('messaging screens', () => {
  const e2e = useNiramayaInChromium()

  async function openSettings(page: Page) {
    await page.goto(e2e.url('/settings'))
    await page.getByRole('link', { name: en['messaging.title'] }).click()
    await page.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()
  }

  it('an owner changes reminders and quiet hours, saves, and finds them after a reload', async () => {
    const owner = await e2e.newContext({ viewport, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await openSettings(page)
    const reminders = page.getByRole('group', { name: en['messaging.remindersHeading'] })
    const listed = () => reminders.locator('.reminder-list li > span').allTextContents()
    await expect
      .poll(listed)
      .toEqual([
        reminderLabel('messaging.before.hours', 24),
        reminderLabel('messaging.before.hours', 2),
      ])
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await reminders
      .getByRole('button', {
        name: en['messaging.removeReminder'].replace(
          '{when}',
          reminderLabel('messaging.before.hours', 2),
        ),
      })
      .click()
    // Too close to the appointment: named on the amount, nothing added.
    const amount = reminders.getByLabel(en['messaging.reminderAmount'])
    const unit = reminders.getByLabel(en['messaging.reminderUnit'])
    await amount.fill('3')
    await unit.selectOption('minutes')
    await reminders.getByRole('button', { name: en['messaging.addReminder'] }).click()
    await expect.poll(() => errorOfInput(amount)).toBe(en['messaging.problem.too_soon'])
    expect(await listed()).toEqual([reminderLabel('messaging.before.hours', 24)])
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await unit.selectOption('hours')
    await reminders.getByRole('button', { name: en['messaging.addReminder'] }).click()
    await amount.fill('2')
    await unit.selectOption('days')
    await amount.press('Enter')
    // Two days, 24 hours and 3 hours before, earliest first: on screen now and after a reload.
    const threeReminders = [
      reminderLabel('messaging.before.days', 2),
      reminderLabel('messaging.before.hours', 24),
      reminderLabel('messaging.before.hours', 3),
    ]
    await expect.poll(listed).toEqual(threeReminders)
    expect(await errorOfInput(amount)).toBe('')

    // A time that is not one is named on its field, and nothing is saved.
    const quietStart = page.getByLabel(en['messaging.quietStart'])
    const quietEnd = page.getByLabel(en['messaging.quietEnd'])
    await quietStart.fill('25:00')
    await page.getByRole('button', { name: en['messaging.save'] }).click()
    await expect.poll(() => errorOfInput(quietStart)).toBe(en['messaging.timeInvalid'])
    await page.getByRole('alert').getByText(en['form.fixErrors']).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])

    await quietStart.fill('22:30')
    await quietEnd.fill('7.00')
    await page.getByRole('button', { name: en['messaging.save'] }).click()
    await page.getByRole('status').getByText(en['messaging.saved']).waitFor()
    expect(await quietEnd.inputValue()).toBe('07:00')

    await page.reload()
    await page.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()
    await expect.poll(listed).toEqual(threeReminders)
    expect(await quietStart.inputValue()).toBe('22:30')
    expect(await quietEnd.inputValue()).toBe('07:00')
    const saved = await owner.request.get(e2e.url('/api/v1/messaging/settings'))
    expect(await saved.json()).toMatchObject({
      reminderMinutes: [2880, 1440, 180],
      quietHours: { start: '22:30', end: '07:00' },
    })
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('admins reach the settings from the inbox; a receptionist has the inbox but no settings', async () => {
    const owner = await e2e.newContext()
    await signUpThroughApi(owner, e2e.serverUrl)
    const admin = await e2e.newContext({ viewport })
    await joinThroughApi(owner, admin, e2e.serverUrl, 'admin')
    const desk = await e2e.newContext({ viewport })
    await joinThroughApi(owner, desk, e2e.serverUrl, 'receptionist')

    const adminPage = await admin.newPage()
    await adminPage.goto(e2e.url('/'))
    await adminPage.getByRole('navigation').getByRole('link', { name: en['nav.messaging'] }).click()
    await adminPage.getByRole('heading', { level: 1, name: en['inbox.title'] }).waitFor()
    await adminPage.getByRole('link', { name: en['messaging.title'] }).click()
    await adminPage.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()
    expect(new URL(adminPage.url()).pathname).toBe('/messaging/settings')
    await adminPage.getByRole('button', { name: en['messaging.save'] }).waitFor()

    const deskPage = await desk.newPage()
    const errors = collectPageErrors(deskPage)
    await deskPage.goto(e2e.url('/'))
    const nav = deskPage.getByRole('navigation', { name: en['nav.label'] })
    await nav.getByRole('link', { name: en['nav.patients'] }).waitFor()
    await nav.getByRole('link', { name: en['nav.messaging'] }).click()
    await deskPage.getByRole('heading', { level: 1, name: en['inbox.title'] }).waitFor()
    await deskPage.getByText(en['inbox.empty']).waitFor()
    expect(await deskPage.getByRole('link', { name: en['messaging.title'] }).count()).toBe(0)
    await deskPage.goto(e2e.url('/messaging/settings'))
    await deskPage.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()
    await deskPage
      .getByText(en['notAvailable.body'].replace('{role}', en['role.receptionist']))
      .waitFor()
    expect(await deskPage.getByRole('button', { name: en['messaging.save'] }).count()).toBe(0)
    expect((await desk.request.get(e2e.url('/api/v1/messaging/settings'))).status()).toBe(403)
    expect(unexpectedErrors(errors, [])).toEqual([])
  })

  it('shows the message log on the patient page and the WhatsApp confirmation in the outbox', async () => {
    const owner = await e2e.newContext({ viewport, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    // No quiet hours, so the confirmation goes out whatever the time of day.
    await sendWithoutQuietHours(owner, e2e.serverUrl, [1440, 120])
    const doctorContext = await e2e.newContext({ viewport })
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    const date = weekdayAhead()
    // A patient who agreed to WhatsApp messages, booked two or more days ahead.
    const patient = await registerConsentingPatient(owner, e2e.serverUrl, meenakshiOnWhatsApp)
    await bookAtTen(owner, e2e.serverUrl, {
      patientId: patient.id,
      doctorUserId: doctor.userId,
      date,
    })

    const page = await owner.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url(`/patients/${patient.id}?tab=messages`))
    const log = page.getByRole('table', { name: en['messages.heading'] })
    const confirmation = log
      .getByRole('row')
      .filter({ hasText: en['messages.kind.appointment_confirmation'] })
    // The worker sends it moments after the booking; Refresh reads the log again.
    const deadline = Date.now() + WAIT_MS
    await confirmation.waitFor()
    while (!(await confirmation.textContent())?.includes(en['messages.status.sent'])) {
      if (Date.now() > deadline) throw new Error('the confirmation was not sent')
      await page.waitForTimeout(300)
      await page.getByRole('button', { name: en['messages.refresh'] }).click()
    }
    const cells = await confirmation.getByRole('cell').allTextContents()
    expect(cells[0]).toBe(`✓${en['messages.status.sent']}`)
    expect(cells[2]).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} (am|pm)$/)
    expect(cells[3]).toMatch(/^Sunrise Dental Care: Hello Meenakshi Subramanian, .*10:00 am/)
    expect(cells[3]).toContain(formatDate(date))

    // The reminders wait for their time: 24 hours and 2 hours before, on the clinic's clock.
    const reminders = log
      .getByRole('row')
      .filter({ hasText: en['messages.kind.appointment_reminder'] })
    expect(await reminders.count()).toBe(2)
    const reminderText = (await reminders.allTextContents()).join('\n')
    expect(reminderText).toContain(en['messages.status.queued'])
    expect(reminderText).toContain(`${formatDate(addDays(date, -1))}, 10:00 am`)
    expect(reminderText).toContain(`${formatDate(date)}, 08:00 am`)
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // Doctors have no message log (messaging.read: owners, admins, the front desk).
    const doctorPage = await doctorContext.newPage()
    await doctorPage.goto(e2e.url(`/patients/${patient.id}`))
    await doctorPage.getByRole('tab', { name: en['record.tab.details'] }).waitFor()
    expect(await doctorPage.getByRole('tab', { name: en['messages.tab'] }).count()).toBe(0)

    await page.goto(e2e.url('/dev/outbox'))
    const whatsapp = page.getByRole('region', { name: en['outbox.whatsappHeading'] })
    const sent = whatsapp.getByRole('article').filter({ hasText: 'Hello Meenakshi Subramanian' })
    await sent.waitFor()
    await sent
      .getByRole('heading', {
        name: en['outbox.whatsappMessage'].replace('{to}', '+91 98xxx xx345'),
      })
      .waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(unexpectedErrors(errors, [])).toEqual([])
  })
})
