import type { BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { formatDate } from '../shared/format/index.ts'
import { addDays } from '../shared/scheduling/clinic-time.ts'
import { en } from '../web/src/i18n/en.ts'
import { findSeriousAxeViolations } from './axe.ts'
import { collectPageErrors, unexpectedErrors } from './browser.ts'
import { signUpThroughApi } from './clinic.ts'
import { useFakeMeta } from './fake-meta.ts'
import { useNiramayaInChromium } from './harness.ts'
import {
  meenakshiOnWhatsApp,
  newMobile,
  registerConsentingPatient,
  weekdayAhead,
} from './messaging-desk.ts'
import { apiPost, joinThroughApi } from './patient-desk.ts'

// Issue #14's browser journey: book an appointment for a consenting patient, see the
// confirmation go out, move the appointment and see its reminder replaced, then the patient
// replies STOP from WhatsApp (Meta's webhook, from a fake Meta Cloud API over real HTTP) and the
// consent withdrawal shows on the patient's page and in the inbox.

const viewport = { width: 1366, height: 900 }
/** Messages reach the provider through the job queue, moments after the change commits. */
const WAIT_MS = 15_000

/** A mobile number no other run has written to, so a reply finds this clinic only. */
const mobile = newMobile('98')

interface LoggedMessage {
  id: string
  kind: string
  status: string
  dueAt: string
}

describe('messaging journey', () => {
  // Registered first: the server reads the fake's address from the environment as it starts.
  const meta = useFakeMeta(() => e2e.serverUrl)
  const e2e = useNiramayaInChromium()

  async function messagesOf(owner: BrowserContext, patientId: string) {
    const response = await owner.request.get(e2e.url(`/api/v1/patients/${patientId}/messages`))
    return (await response.json()) as LoggedMessage[]
  }

  /** Reads the patient's Messages tab again until `row` says `status` (the worker is quick). */
  async function refreshUntil(page: Page, row: Locator, status: string) {
    const deadline = Date.now() + WAIT_MS
    await row.first().waitFor()
    while (!(await row.first().textContent())?.includes(status)) {
      if (Date.now() > deadline) throw new Error(`no message became "${status}"`)
      await page.waitForTimeout(300)
      await page.getByRole('button', { name: en['messages.refresh'] }).click()
    }
  }

  async function waitFor(check: () => boolean, what: string) {
    const deadline = Date.now() + WAIT_MS
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  it('books, confirms, moves with one replaced reminder, and a STOP withdraws consent', async () => {
    const owner = await e2e.newContext({ viewport, bypassCSP: true })
    await signUpThroughApi(owner, e2e.serverUrl)
    const doctorContext = await e2e.newContext()
    const doctor = await joinThroughApi(owner, doctorContext, e2e.serverUrl, 'doctor')
    const sessions = [{ start: '09:00', end: '13:00' }]
    await apiPost(
      owner,
      e2e.serverUrl,
      `/schedule/doctors/${doctor.userId}/hours`,
      { week: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, sessions })) },
      'PUT',
    )
    const patient = await registerConsentingPatient(owner, e2e.serverUrl, {
      ...meenakshiOnWhatsApp,
      phone: mobile,
    })
    const page = await owner.newPage()
    const errors = collectPageErrors(page)

    // The owner opens Messaging, goes to its settings, keeps one reminder (a day before) and turns
    // quiet hours off, so the messages go out whatever the time of day.
    await page.goto(e2e.url('/'))
    await page.getByRole('navigation').getByRole('link', { name: en['nav.messaging'] }).click()
    await page.getByRole('heading', { level: 1, name: en['inbox.title'] }).waitFor()
    await page.getByText(en['inbox.empty']).waitFor()
    await page.getByRole('link', { name: en['messaging.title'] }).click()
    await page.getByRole('heading', { level: 1, name: en['messaging.title'] }).waitFor()
    await page
      .getByRole('button', {
        name: en['messaging.removeReminder'].replace(
          '{when}',
          en['messaging.before.hours'].replace('{count}', '2'),
        ),
      })
      .click()
    await page.getByLabel(en['messaging.quietStart']).fill('00:00')
    await page.getByLabel(en['messaging.quietEnd']).fill('00:00')
    await page.getByRole('button', { name: en['messaging.save'] }).click()
    await page.getByRole('status').getByText(en['messaging.saved']).waitFor()

    // Booked at 10:00 on the calendar.
    const date = weekdayAhead()
    await page.goto(e2e.url(`/appointments?date=${date}`))
    await page.getByRole('region', { name: `Calendar for ${formatDate(date)}` }).waitFor()
    await page.getByRole('button', { name: en['calendar.book'] }).click()
    const booking = page.getByRole('dialog', { name: 'Book an appointment' })
    await booking.getByRole('combobox', { name: en['calendar.findPatient'] }).fill('Meenakshi')
    await booking.getByRole('option', { name: /Meenakshi Subramanian/ }).click()
    await booking.getByLabel('Doctor', { exact: true }).selectOption({ label: 'Test doctor' })
    await booking.getByLabel('Length in minutes').fill('30')
    await booking.getByLabel('Start time').fill('10:00')
    await booking.getByRole('button', { name: 'Book', exact: true }).click()
    const block = (time: string) =>
      page.getByRole('button', {
        name: `${time} Meenakshi Subramanian ${patient.patientNumber}, booked`,
      })
    await block('10:00–10:30').waitFor()

    // The confirmation is sent (✓ on the patient's Messages tab), and Meta was asked once.
    await page.goto(e2e.url(`/patients/${patient.id}?tab=messages`))
    const log = page.getByRole('table', { name: en['messages.heading'] })
    const rowsOf = (
      kind: 'appointment_confirmation' | 'appointment_reminder' | 'appointment_moved',
    ) => log.getByRole('row').filter({ hasText: en[`messages.kind.${kind}`] })
    await refreshUntil(page, rowsOf('appointment_confirmation'), en['messages.status.sent'])
    expect((await rowsOf('appointment_confirmation').getByRole('cell').allTextContents())[0]).toBe(
      `✓${en['messages.status.sent']}`,
    )
    expect(await rowsOf('appointment_reminder').count()).toBe(1)
    expect(await rowsOf('appointment_reminder').textContent()).toContain(
      `${formatDate(addDays(date, -1))}, 10:00 am`,
    )
    const booked = await messagesOf(owner, patient.id)
    const confirmation = booked.find((message) => message.kind === 'appointment_confirmation')
    const firstReminder = booked.find((message) => message.kind === 'appointment_reminder')
    if (!confirmation || !firstReminder) throw new Error('no confirmation or reminder planned')
    expect(meta.requestsFor(confirmation.id)).toHaveLength(1)
    expect(meta.requestsFor(confirmation.id)[0]?.body).toMatchObject({
      to: `91${mobile}`,
      type: 'template',
    })
    expect(meta.received).toHaveLength(1)

    // Moved to 11:00 in the appointment's dialog: the reminder is cancelled and replaced, and
    // one "moved" message goes out.
    await page.goto(e2e.url(`/appointments?date=${date}`))
    await block('10:00–10:30').click()
    const details = page.getByRole('dialog', { name: 'Appointment: 10:00–10:30' })
    await details.getByLabel('Start time').fill('11:00')
    await details.getByRole('button', { name: en['calendar.move'], exact: true }).click()
    await page
      .getByRole('status')
      .getByText(
        en['calendar.moved'].replace('{date}', formatDate(date)).replace('{time}', '11:00'),
      )
      .waitFor()

    await page.goto(e2e.url(`/patients/${patient.id}?tab=messages`))
    await refreshUntil(page, rowsOf('appointment_moved'), en['messages.status.sent'])
    const reminders = await rowsOf('appointment_reminder').allTextContents()
    expect(reminders).toHaveLength(2)
    const cancelled = reminders.filter((row) => row.includes(en['messages.status.cancelled']))
    const queued = reminders.filter((row) => row.includes(en['messages.status.queued']))
    expect(cancelled).toHaveLength(1)
    expect(cancelled[0]).toContain(`${formatDate(addDays(date, -1))}, 10:00 am`)
    expect(queued).toHaveLength(1)
    expect(queued[0]).toContain(`${formatDate(addDays(date, -1))}, 11:00 am`)
    expect(await findSeriousAxeViolations(page)).toEqual([])
    const moved = (await messagesOf(owner, patient.id)).filter(
      (message) => message.kind === 'appointment_moved',
    )
    expect(moved).toHaveLength(1)
    expect(meta.requestsFor(moved[0]?.id ?? '')).toHaveLength(1)
    expect(meta.received).toHaveLength(2)
    expect(meta.requestsFor(firstReminder.id)).toHaveLength(0)

    // The patient replies STOP on WhatsApp.
    await meta.patientWrites(mobile, 'STOP')

    // Consent to WhatsApp messages is withdrawn, by the patient, through their reply.
    await page.goto(e2e.url(`/patients/${patient.id}?tab=consent`))
    const whatsapp = page.locator('tr[data-item="channel.whatsapp"]')
    await whatsapp.getByText(/^Withdrawn on \d{2}\/\d{2}\/\d{4}$/).waitFor()
    const history = page.locator('.consent-history li')
    const latest =
      (await history.filter({ hasText: en['consent.action.withdrawn'] }).textContent()) ?? ''
    expect(latest).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} [ap]m · /)
    expect(latest).toContain(
      ` · ${en['consent.action.withdrawn']} · ${en['consent.byPatient']} · ${en['consent.channel.whatsapp_reply']}`,
    )
    expect(await findSeriousAxeViolations(page)).toEqual([])

    // The STOP is answered once, in free text; the queued reminder is cancelled, never sent.
    await waitFor(() => meta.textsSent().length > 0, 'the answer to STOP')
    expect(meta.textsSent()).toEqual([
      {
        to: `91${mobile}`,
        body: 'Sunrise Dental Care: You will not get any more WhatsApp messages from us. To start them again, tell us at the clinic.',
      },
    ])
    const afterStop = await messagesOf(owner, patient.id)
    expect(
      afterStop.filter((message) => message.kind === 'appointment_reminder').map((m) => m.status),
    ).toEqual(['cancelled', 'cancelled'])
    expect(meta.received).toHaveLength(3)

    // The inbox lists the patient with STOP and one unread message; opening the conversation
    // shows it and marks it read.
    await page.goto(e2e.url('/messaging'))
    const entry = page
      .getByRole('region', { name: en['inbox.listHeading'] })
      .getByRole('link', { name: /Meenakshi Subramanian/ })
    await entry.waitFor()
    expect(await entry.locator('.inbox-stop').textContent()).toBe(`STOP: ${en['inbox.stopMarker']}`)
    expect(await entry.textContent()).toContain(en['inbox.unreadOne'])
    expect(await findSeriousAxeViolations(page)).toEqual([])
    await entry.click()
    const chat = page.getByRole('region', {
      name: en['inbox.conversationWith'].replace('{name}', 'Meenakshi Subramanian'),
    })
    const stop = chat.getByRole('listitem').filter({ hasText: en['messages.kind.opt_out'] })
    await stop.waitFor()
    expect(await stop.getAttribute('class')).toContain('chat-bubble-in')
    expect(await stop.textContent()).toContain('STOP')
    await chat.getByRole('listitem').filter({ hasText: 'You will not get any more' }).waitFor()
    expect(await chat.getByRole('listitem').count()).toBe(4)
    await page.getByText(en['inbox.optedOut']).waitFor()
    await expect.poll(() => entry.textContent()).not.toContain(en['inbox.unreadOne'])

    // A reply is refused with the server's reason: the patient no longer agrees to WhatsApp.
    await page.getByLabel(en['inbox.replyLabel']).fill('Sorry to see you go.')
    await page.getByRole('button', { name: en['inbox.send'] }).click()
    await page.getByRole('alert').getByText(en['reason.messaging.no_consent']).waitFor()
    expect(await findSeriousAxeViolations(page)).toEqual([])
    expect(meta.received).toHaveLength(3)
    const inbox = (await (
      await owner.request.get(e2e.url('/api/v1/messaging/conversations'))
    ).json()) as {
      unread: number
    }
    expect(inbox.unread).toBe(0)
    expect(
      unexpectedErrors(errors, [
        { status: 409, path: `/api/v1/messaging/conversations/${patient.id}/replies` },
      ]),
    ).toEqual([])
  })
})
