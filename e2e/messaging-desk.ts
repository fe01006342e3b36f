import type { BrowserContext, Locator } from 'playwright-core'
import { CONSENT_ITEMS } from '../shared/consent/consent-items.ts'
import type { Message } from '../shared/contracts/messaging.ts'
import { todayInZone } from '../shared/format/index.ts'
import { addDays } from '../shared/scheduling/clinic-time.ts'
import { signUpThroughApi } from './clinic.ts'
import type { FakeMeta } from './fake-meta.ts'
import type { E2e } from './harness.ts'
import { apiPost, joinThroughApi, registerThroughApi } from './patient-desk.ts'

// Setting up a clinic that sends WhatsApp messages, and its patients, for the messaging browser
// journeys (the inbox, the settings and log screens, the wording and click-to-chat).

const zone = 'Asia/Kolkata'
/** Messages reach the provider through the job queue, moments after the change commits. */
const WAIT_MS = 15_000

interface PatientDetails {
  fullName: string
  ageYears: number
  sex: string
  phone: string
}

/** The patient the messaging journeys book, by age only, with a WhatsApp number. */
export const meenakshiOnWhatsApp: PatientDetails = {
  fullName: 'Meenakshi Subramanian',
  ageYears: 40,
  sex: 'female',
  phone: '9845012345',
}

/** A mobile number (starting `prefix`) no other run has written to, so a reply finds one clinic. */
export const newMobile = (prefix: string) =>
  `${prefix}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

/** A Monday to Saturday at least two days ahead in the clinic's zone, as YYYY-MM-DD. */
export function weekdayAhead(): string {
  let date = addDays(todayInZone(zone), 2)
  while (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) date = addDays(date, 1)
  return date
}

/** `days` after today in the clinic's zone, as YYYY-MM-DD. */
export const daysAhead = (days: number) => addDays(todayInZone(zone), days)

/** The text of the error an input points to with aria-describedby. */
export function errorOfInput(input: Locator): Promise<string> {
  return input.evaluate((element) => {
    const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
    const error = ids.find((id) => id.endsWith('-error'))
    return (error && document.getElementById(error)?.textContent) || ''
  })
}

/**
 * The clinic sends through WhatsApp, confirmations on, with these reminders (minutes before)
 * and no quiet hours, so messages go out whatever the time of day.
 */
export async function sendWithoutQuietHours(
  owner: BrowserContext,
  baseUrl: string,
  reminderMinutes: number[],
) {
  await apiPost(
    owner,
    baseUrl,
    '/messaging/settings',
    {
      mode: 'whatsapp',
      sendConfirmations: true,
      reminderMinutes,
      quietHours: { start: '00:00', end: '00:00' },
    },
    'PUT',
  )
}

/** Registers a patient who agreed, in person on the tablet, to everything in the notice. */
export async function registerConsentingPatient(
  owner: BrowserContext,
  baseUrl: string,
  details: PatientDetails,
) {
  const patient = await registerThroughApi(owner, baseUrl, details)
  const notice = (await (
    await owner.request.get(`${baseUrl}/api/v1/consent/notice?language=en`)
  ).json()) as { id: string }
  await apiPost(owner, baseUrl, `/patients/${patient.id}/consent`, {
    noticeId: notice.id,
    items: Object.fromEntries(CONSENT_ITEMS.map((item) => [item, true])),
    captureChannel: 'in_person_tablet',
    givenBy: 'patient',
  })
  return patient
}

/** Books the patient with the doctor at 10:00 (clinic time) on `date`, for 30 minutes. */
export async function bookAtTen(
  owner: BrowserContext,
  baseUrl: string,
  booking: { patientId: string; doctorUserId: string; date: string; allowOutsideHours?: true },
) {
  const { date, allowOutsideHours, ...people } = booking
  await apiPost(owner, baseUrl, '/appointments', {
    ...people,
    startsAt: `${date}T10:00:00+05:30`,
    durationMinutes: 30,
    ...(allowOutsideHours ? { allowOutsideHours } : {}),
  })
}

/**
 * Signs the owner up with a clinic sending without quiet hours (one reminder, a day before), a
 * doctor, and the consenting patient `details` booked three days ahead; resolves once the
 * confirmation reached the fake Meta, so the patient can write back.
 */
export async function clinicThatWrote(
  e2e: E2e,
  meta: FakeMeta,
  owner: BrowserContext,
  details: PatientDetails,
) {
  await signUpThroughApi(owner, e2e.serverUrl)
  await sendWithoutQuietHours(owner, e2e.serverUrl, [1440])
  const doctorContext = await e2e.newContext()
  const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
  const patient = await registerConsentingPatient(owner, e2e.serverUrl, details)
  const sentBefore = meta.received.length
  await bookAtTen(owner, e2e.serverUrl, {
    patientId: patient.id,
    doctorUserId: doctor.userId,
    date: daysAhead(3),
    allowOutsideHours: true,
  })
  const deadline = Date.now() + WAIT_MS
  while (meta.received.length === sentBefore) {
    if (Date.now() > deadline) throw new Error('the confirmation never reached the fake Meta')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { patient, doctorContext }
}

/**
 * The patient's messages of `kind` once the worker has sent every one (they leave through the job
 * queue, moments after they are planned), read from the message log as `context` sees it.
 */
export async function sentMessagesOf(
  context: BrowserContext,
  baseUrl: string,
  patientId: string,
  kind: Message['kind'],
): Promise<Message[]> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const response = await context.request.get(`${baseUrl}/api/v1/patients/${patientId}/messages`)
    const messages = ((await response.json()) as Message[]).filter((each) => each.kind === kind)
    if (messages.length > 0 && messages.every((each) => each.status === 'sent')) return messages
    if (Date.now() > deadline) throw new Error(`the ${kind} message was not sent`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
