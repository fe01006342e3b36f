import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CONSENT_ITEMS } from '../shared/consent/consent-items.ts'
import type { Message } from '../shared/contracts/messaging.ts'
import { todayInZone } from '../shared/format/index.ts'
import { addDays, zonedDateTimeToUtc } from '../shared/scheduling/clinic-time.ts'
import { en } from '../web/src/i18n/en.ts'
import { hi } from '../web/src/i18n/hi.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useNiramayaInChromium } from './harness.ts'
import {
  meenakshiOnWhatsApp,
  registerConsentingPatient,
  sendWithoutQuietHours,
} from './messaging-desk.ts'
import { apiPost, joinThroughApi, registerThroughApi } from './patient-desk.ts'

const zone = 'Asia/Kolkata'
const desk = { width: 1366, height: 768 }
/** The reminder reaches the outbox through the job queue, moments after it is planned. */
const WAIT_MS = 15_000

const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((out, [key, value]) => out.replace(`{${key}}`, value), text)

async function expectAxeClean(page: Page): Promise<void> {
  expect(await findSeriousAxeViolations(page)).toEqual([])
}

/**
 * Records a visit the patient made `daysAgo` days ago (clinic time) as a back-entry, and takes it
 * to completed (checked in, then completed), as the booking form does for a past visit.
 */
async function completedVisit(
  owner: BrowserContext,
  baseUrl: string,
  visit: { patientId: string; doctorUserId: string; daysAgo: number; time: string },
) {
  const date = addDays(todayInZone(zone), -visit.daysAgo)
  const booked = (await apiPost(owner, baseUrl, '/appointments', {
    patientId: visit.patientId,
    doctorUserId: visit.doctorUserId,
    startsAt: zonedDateTimeToUtc(date, visit.time, zone).toISOString(),
    durationMinutes: 30,
    isBackEntry: true,
  })) as { id: string }
  for (const status of ['arrived', 'completed']) {
    await apiPost(owner, baseUrl, `/appointments/${booked.id}/status`, { status })
  }
}

/** Registers a patient who agreed to everything in the notice except recall campaigns. */
async function registerWithoutRecallConsent(owner: BrowserContext, baseUrl: string) {
  const patient = await registerThroughApi(owner, baseUrl, {
    fullName: 'Arjun Nair',
    ageYears: 52,
    sex: 'male',
    phone: '9847011223',
  })
  const notice = (await (
    await owner.request.get(`${baseUrl}/api/v1/consent/notice?language=en`)
  ).json()) as { id: string }
  await apiPost(owner, baseUrl, `/patients/${patient.id}/consent`, {
    noticeId: notice.id,
    items: Object.fromEntries(
      CONSENT_ITEMS.map((item) => [item, item !== 'purpose.recall_campaigns']),
    ),
    captureChannel: 'in_person_tablet',
    givenBy: 'patient',
  })
  return patient
}

/** The patient's recall reminders once the worker has sent one (the message log, as the API says). */
async function sentRecallReminders(context: BrowserContext, baseUrl: string, patientId: string) {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    const response = await context.request.get(`${baseUrl}/api/v1/patients/${patientId}/messages`)
    const reminders = ((await response.json()) as Message[]).filter(
      (message) => message.kind === 'recall_reminder',
    )
    if (reminders.some((message) => message.status === 'sent')) return reminders
    if (Date.now() > deadline) throw new Error('the recall reminder was not sent')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * Issue #14 item 4 on the recall list: beside "Book", a row due today or earlier has "Send
 * reminder", which plans a recall reminder on the patient's channel (WhatsApp here, going out at
 * once without quiet hours); the same recall falling due is reminded once. A patient who did not
 * agree to recall campaigns is refused with the reason; a row due later has no such button.
 */
describe('recall reminder from the recall list', () => {
  const e2e = useNiramayaInChromium()

  it('plans a reminder once for a patient due, refuses without recall consent, and says so in Hindi', async () => {
    const owner = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    await sendWithoutQuietHours(owner, e2e.serverUrl, [1440])
    const doctorContext = await e2e.newContext()
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    const rule = (await apiPost(owner, e2e.serverUrl, '/schedule/recall-rules', {
      name: 'Monthly review',
      intervalMonths: 1,
    })) as { id: string }
    const reminderPath = (patientId: string) =>
      `/api/v1/recalls/${rule.id}/patients/${patientId}/reminder`
    const patient = await registerConsentingPatient(owner, e2e.serverUrl, meenakshiOnWhatsApp)
    const silent = await registerWithoutRecallConsent(owner, e2e.serverUrl)
    const later = await registerConsentingPatient(owner, e2e.serverUrl, {
      fullName: 'Kavya Reddy',
      ageYears: 31,
      sex: 'female',
      phone: '9845054321',
    })
    // Last seen about three months ago: due two months ago, past the daily job's 30 days, so only
    // the button reminds them. The third came ten days ago and is due in about three weeks.
    const doctorUserId = doctor.userId
    await completedVisit(owner, e2e.serverUrl, {
      patientId: patient.id,
      doctorUserId,
      daysAgo: 90,
      time: '10:00',
    })
    await completedVisit(owner, e2e.serverUrl, {
      patientId: silent.id,
      doctorUserId,
      daysAgo: 90,
      time: '11:00',
    })
    await completedVisit(owner, e2e.serverUrl, {
      patientId: later.id,
      doctorUserId,
      daysAgo: 10,
      time: '10:00',
    })

    // The receptionist opens the recall list.
    const frontDesk = await e2e.newContext({ viewport: desk, bypassCSP: true })
    await joinThroughApi(owner, frontDesk, e2e.serverUrl, 'receptionist', 'Priya Desk')
    const page = await frontDesk.newPage()
    const errors = collectPageErrors(page)
    await page.goto(e2e.url('/appointments/recalls'))
    await page.getByRole('heading', { level: 1, name: en['recalls.title'] }).waitFor()
    const remindName = (name: string) => fill(en['recalls.sendReminderTo'], { patient: name })
    const remind = page.getByRole('button', { name: remindName(meenakshiOnWhatsApp.fullName) })
    await remind.waitFor()
    expect(await remind.textContent()).toBe(en['recalls.sendReminder'])
    // Kavya is on the list to book, but not yet due: no reminder.
    const laterRow = page.getByRole('row', { name: /Kavya Reddy/ })
    await laterRow
      .getByRole('button', { name: fill(en['recalls.bookFor'], { patient: 'Kavya Reddy' }) })
      .waitFor()
    expect(await laterRow.getByRole('button', { name: remindName('Kavya Reddy') }).count()).toBe(0)
    await expectAxeClean(page)

    // The row's button waits for the answer: held here until it was seen disabled.
    const path = reminderPath(patient.id)
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(`**${path}`, async (route) => {
      await held
      await route.continue()
    })
    await remind.click()
    await expect.poll(() => remind.isDisabled()).toBe(true)
    release()
    const status = page.locator('section.page > [role="status"]')
    const planned = fill(en['messages.plannedNowFor'], {
      channel: en['messages.channel.whatsapp'],
      patient: meenakshiOnWhatsApp.fullName,
    })
    expect(planned).toBe('Reminder planned on WhatsApp for Meenakshi Subramanian: it goes out now.')
    await status.getByText(planned, { exact: true }).waitFor()
    expect(await remind.isDisabled()).toBe(false)
    await page.unroute(`**${path}`)
    await expectAxeClean(page)

    // Again: the same recall falling due is reminded once.
    await remind.click()
    const alert = page.getByRole('alert')
    await alert.getByText(en['reason.messaging.recall_already_planned'], { exact: true }).waitFor()
    expect(await status.textContent()).toBe('')
    await expectAxeClean(page)

    // Arjun did not agree to recall campaigns: the reason, nothing planned.
    await page.getByRole('button', { name: remindName('Arjun Nair') }).click()
    await alert.getByText(en['reason.messaging.no_recall_consent'], { exact: true }).waitFor()
    expect(await alert.count()).toBe(1)
    await expectAxeClean(page)

    // In Hindi, the buttons and the reason are translated and still accessible.
    await page.getByLabel(en['language.label']).selectOption('hi')
    const hindiRemind = page.getByRole('button', {
      name: fill(hi['recalls.sendReminderTo'], { patient: meenakshiOnWhatsApp.fullName }),
      exact: true,
    })
    await hindiRemind.waitFor()
    expect(await hindiRemind.textContent()).toBe(hi['recalls.sendReminder'])
    await alert.getByText(hi['reason.messaging.no_recall_consent'], { exact: true }).waitFor()
    await expectAxeClean(page)
    await page.getByLabel(hi['language.label']).selectOption('en')

    // It went out once, on WhatsApp; Arjun has no recall reminder at all.
    const reminders = await sentRecallReminders(owner, e2e.serverUrl, patient.id)
    expect(reminders).toHaveLength(1)
    expect(reminders[0]?.channel).toBe('whatsapp')
    const silentMessages = (await (
      await owner.request.get(`${e2e.serverUrl}/api/v1/patients/${silent.id}/messages`)
    ).json()) as Message[]
    expect(silentMessages.filter((message) => message.kind === 'recall_reminder')).toEqual([])
    expect(
      unexpectedErrors(errors, [
        { status: 409, path: reminderPath(patient.id) },
        { status: 409, path: reminderPath(silent.id) },
      ]),
    ).toEqual([])
  })
})
