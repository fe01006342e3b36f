import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeWhatsApp } from '../../../test/fake-whatsapp.ts'
import type { TestApp } from '../../../test/test-app.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { PermanentJobError } from '../../jobs/index.ts'
import {
  asSender,
  book,
  daysAhead,
  type MetaFixture,
  messagesOf,
  messagingClinic,
  type Owner,
  patientWith,
  startMetaFixture,
} from './messaging-test-helpers.ts'
import { RECONCILE_AFTER_MS } from './send-message.ts'

let fixture: MetaFixture
let t: TestApp
let meta: FakeWhatsApp
let owner: Owner
beforeAll(async () => {
  fixture = await startMetaFixture()
  ;({ t, meta, owner } = fixture)
})
afterAll(() => fixture.close())

const sentFor = (messageId: string) => fixture.sentFor(messageId)
const sendNow = (messageId: string, at: Date) => fixture.sendNow(messageId, at)

describe('appointment messages', () => {
  it('a booking for a consenting patient sends its confirmation once, in their language, and plans two reminders', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true, language: 'hi' })
    const startsAt = daysAhead(t.clock(), 3)
    const appointmentId = await book(owner.client, owner, patientId, startsAt)
    const rows = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId,
    )
    expect(rows.map((row) => row.kind)).toEqual([
      'appointment_confirmation',
      'appointment_reminder',
      'appointment_reminder',
    ])
    const reminders = rows.filter((row) => row.kind === 'appointment_reminder')
    expect(reminders.map((row) => startsAt.getTime() - new Date(row.due_at).getTime())).toEqual([
      24 * 3600_000,
      2 * 3600_000,
    ])
    const confirmation = rows[0]
    if (!confirmation) throw new Error('no confirmation')
    await expect.poll(() => sentFor(confirmation.id).length, { timeout: 10_000 }).toBe(1)
    const [request] = sentFor(confirmation.id)
    expect(request?.path).toBe('/1234567890/messages')
    expect(request?.body).toMatchObject({
      to: expect.stringMatching(/^919876500\d{3}$/),
      type: 'template',
      template: { name: 'appointment_confirmation', language: { code: 'hi' } },
      biz_opaque_callback_data: `nrm:${owner.clinicId}:${confirmation.id}`,
    })
    expect(JSON.stringify(request?.body)).toContain('Smile Dental Care')
    await expect
      .poll(
        async () =>
          (await messagesOf(t, owner.clinicId)).find((row) => row.id === confirmation.id)?.status,
      )
      .toBe('sent')
    const sent = (await messagesOf(t, owner.clinicId)).find((row) => row.id === confirmation.id)
    expect(sent).toMatchObject({ language: 'hi', provider: 'meta', attempts: 1 })
    expect(sent?.provider_message_id).toMatch(/^wamid\./)
    // The text is kept sealed with the clinic's key, apart from the row, never in the clear.
    const body = await t.database.asOwner((tx) =>
      tx
        .selectFrom('message_bodies')
        .select('body_cipher')
        .where('message_id', '=', confirmation.id)
        .executeTakeFirstOrThrow(),
    )
    expect(Buffer.from(body.body_cipher).toString('utf8')).not.toContain('Sunita')
    // A second run of the same job sends nothing more.
    await sendNow(confirmation.id, t.clock())
    expect(sentFor(confirmation.id)).toHaveLength(1)
  })

  it('plans nothing for a patient who said no to WhatsApp', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: false })
    const appointmentId = await book(owner.client, owner, patientId, daysAhead(t.clock(), 4))
    const rows = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId,
    )
    expect(rows).toEqual([])
  })

  it('moving an appointment replaces its queued reminders and tells the patient once', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    const first = daysAhead(t.clock(), 5)
    const appointmentId = await book(owner.client, owner, patientId, first)
    const later = new Date(first.getTime() + 24 * 3600_000)
    const moved = await owner.client.patch(`/api/v1/appointments/${appointmentId}`, {
      startsAt: later.toISOString(),
      allowOutsideHours: true,
    })
    expect(moved.status).toBe(200)
    const rows = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId,
    )
    const reminders = rows.filter((row) => row.kind === 'appointment_reminder')
    expect(reminders.filter((row) => row.status === 'cancelled')).toHaveLength(2)
    const queued = reminders.filter((row) => row.status === 'queued')
    expect(queued.map((row) => later.getTime() - new Date(row.due_at).getTime())).toEqual([
      24 * 3600_000,
      2 * 3600_000,
    ])
    const movedMessage = rows.find((row) => row.kind === 'appointment_moved')
    if (!movedMessage) throw new Error('no moved message')
    await expect.poll(() => sentFor(movedMessage.id).length, { timeout: 10_000 }).toBe(1)
    // A cancelled reminder's job finds nothing to send when its time comes.
    const cancelled = reminders.find((row) => row.status === 'cancelled')
    await sendNow(cancelled?.id ?? '', new Date(cancelled?.due_at ?? 0))
    expect(sentFor(cancelled?.id ?? '')).toEqual([])
  })

  it('sends a reminder at its time; a withdrawal cancels the rest, and the worker checks consent again anyway', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    const startsAt = daysAhead(t.clock(), 10)
    const appointmentId = await book(owner.client, owner, patientId, startsAt)
    const reminders = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId && row.kind === 'appointment_reminder',
    )
    const [dayBefore, twoHours] = reminders
    if (!dayBefore || !twoHours) throw new Error('no reminders')
    await sendNow(dayBefore.id, new Date(dayBefore.due_at))
    expect(sentFor(dayBefore.id)).toHaveLength(1)
    expect(JSON.stringify(sentFor(dayBefore.id)[0]?.body)).toContain('appointment_reminder')

    const withdrawn = await owner.client.post(`/api/v1/patients/${patientId}/consent/withdraw`, {
      items: ['channel.whatsapp'],
      captureChannel: 'phone_call',
    })
    expect(withdrawn.status).toBe(201)
    // The database cancels the patient's queued WhatsApp messages with the withdrawal.
    const cancelled = (await messagesOf(t, owner.clinicId)).find((row) => row.id === twoHours.id)
    expect(cancelled?.status).toBe('cancelled')
    // Were one queued anyway (a job already taken), the worker reads the ledger and skips it.
    await asSender(t, owner, (tx) =>
      tx.updateTable('messages').set({ status: 'queued' }).where('id', '=', twoHours.id).execute(),
    )
    await sendNow(twoHours.id, new Date(twoHours.due_at))
    expect(sentFor(twoHours.id)).toEqual([])
    const skipped = (await messagesOf(t, owner.clinicId)).find((row) => row.id === twoHours.id)
    expect(skipped).toMatchObject({ status: 'skipped', skip_reason: 'no_consent' })
  })

  it('cancelling a visit cancels its queued reminders and sends one cancellation', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    const appointmentId = await book(owner.client, owner, patientId, daysAhead(t.clock(), 7))
    const cancelled = await owner.client.post(`/api/v1/appointments/${appointmentId}/cancel`, {
      reason: 'Patient travelling',
    })
    expect(cancelled.status).toBe(200)
    const rows = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId,
    )
    expect(
      rows.filter((row) => row.kind === 'appointment_reminder').map((row) => row.status),
    ).toEqual(['cancelled', 'cancelled'])
    const notice = rows.find((row) => row.kind === 'appointment_cancelled')
    if (!notice) throw new Error('no cancellation message')
    await expect.poll(() => sentFor(notice.id).length, { timeout: 10_000 }).toBe(1)
  })

  it('holds a message that comes due in quiet hours until they end', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    const startsAt = daysAhead(t.clock(), 8)
    const appointmentId = await book(owner.client, owner, patientId, startsAt)
    const [reminder] = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId && row.kind === 'appointment_reminder',
    )
    if (!reminder) throw new Error('no reminder')
    const setQuietHours = (start: string, end: string) =>
      withClinic(t.database.db, { clinicId: owner.clinicId, userId: owner.userId }, (tx) =>
        tx.updateTable('messaging_settings').set({ quiet_start: start, quiet_end: end }).execute(),
      )
    await setQuietHours('21:00', '08:00')
    try {
      // 22:30 in Kolkata on the day before the visit.
      const late = new Date(startsAt.getTime() - 30 * 3600_000)
      late.setUTCHours(17, 0, 0, 0)
      await sendNow(reminder.id, late)
      expect(sentFor(reminder.id)).toEqual([])
      const held = (await messagesOf(t, owner.clinicId)).find((row) => row.id === reminder.id)
      expect(held?.status).toBe('queued')
      const due = new Date(held?.due_at ?? 0)
      expect(due.getUTCHours() * 60 + due.getUTCMinutes()).toBe(2 * 60 + 30) // 08:00 IST
      expect(due.getTime()).toBeGreaterThan(late.getTime())
    } finally {
      await setQuietHours('00:00', '00:00')
    }
  })
})

describe('a provider that fails', () => {
  it('429 queues the message again; a 5xx waits for the status webhook before a retry; a 4xx fails it', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    const startsAt = daysAhead(t.clock(), 11)
    const appointmentId = await book(owner.client, owner, patientId, startsAt)
    const [first, second] = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId && row.kind === 'appointment_reminder',
    )
    if (!first || !second) throw new Error('no reminders')
    const rowOf = fixture.rowOf
    const firstAt = new Date(first.due_at)
    try {
      // Rate-limited: not accepted, so simply tried again later.
      meta.behave(429)
      await expect(sendNow(first.id, firstAt)).rejects.toMatchObject({ code: '429' })
      expect(await rowOf(first.id)).toMatchObject({
        status: 'queued',
        error_code: '429',
        attempts: 1,
      })
      // A 5xx may have been sent after all: the row stays `sending`, and a retry within
      // RECONCILE_AFTER_MS waits for the provider's status webhook instead of sending again.
      meta.behave(503)
      await expect(sendNow(first.id, firstAt)).rejects.toMatchObject({ code: '503' })
      expect(await rowOf(first.id)).toMatchObject({
        status: 'sending',
        error_code: '503',
        attempts: 2,
      })
      meta.behave('ok')
      const requests = sentFor(first.id).length
      await expect(sendNow(first.id, new Date(firstAt.getTime() + 60_000))).rejects.toThrow()
      expect(sentFor(first.id)).toHaveLength(requests)
      // No word from the provider by then: tried again.
      await sendNow(first.id, new Date(firstAt.getTime() + RECONCILE_AFTER_MS + 1000))
      expect(await rowOf(first.id)).toMatchObject({ status: 'sent', attempts: 3 })
      // Refused (a bad number, an unknown template): failed for good, and dead-lettered.
      meta.behave(400)
      await expect(sendNow(second.id, new Date(second.due_at))).rejects.toBeInstanceOf(
        PermanentJobError,
      )
      expect(await rowOf(second.id)).toMatchObject({ status: 'failed', error_code: '400' })
    } finally {
      meta.behave('ok')
    }
  })

  it('an attempt through Wati whose outcome is unknown is failed for a person to check, never sent again', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    const appointmentId = await book(owner.client, owner, patientId, daysAhead(t.clock(), 13))
    const reminder = (await messagesOf(t, owner.clinicId)).find(
      (row) => row.appointment_id === appointmentId && row.kind === 'appointment_reminder',
    )
    if (!reminder) throw new Error('no reminder')
    const due = new Date(reminder.due_at)
    await asSender(t, owner, (tx) =>
      tx
        .updateTable('messages')
        .set({ status: 'sending', provider: 'wati', attempts: 1, attempt_started_at: due })
        .where('id', '=', reminder.id)
        .execute(),
    )
    await sendNow(reminder.id, new Date(due.getTime() + RECONCILE_AFTER_MS + 60_000))
    expect(sentFor(reminder.id)).toEqual([])
    expect(await fixture.rowOf(reminder.id)).toMatchObject({
      status: 'failed',
      error_code: 'unknown_outcome',
    })
  })
})

describe('the message log and the settings', () => {
  it('shows a patient’s messages with the text sent; another clinic’s patient is 404', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    await book(owner.client, owner, patientId, daysAhead(t.clock(), 12))
    const confirmation = (await messagesOf(t, owner.clinicId)).find(
      (row) => row.patient_id === patientId && row.kind === 'appointment_confirmation',
    )
    await expect
      .poll(
        async () =>
          (await messagesOf(t, owner.clinicId)).find((row) => row.id === confirmation?.id)?.status,
      )
      .toBe('sent')
    const response = await owner.client.get(`/api/v1/patients/${patientId}/messages`)
    expect(response.status).toBe(200)
    const log = (await response.json()) as { kind: string; status: string; text: string | null }[]
    expect(log.map((message) => message.kind).sort()).toEqual([
      'appointment_confirmation',
      'appointment_reminder',
      'appointment_reminder',
    ])
    const sent = log.find((message) => message.kind === 'appointment_confirmation')
    expect(sent?.status).toBe('sent')
    expect(sent?.text).toMatch(
      /^Smile Dental Care: Hello Sunita Devi \d+, your appointment with .+ is booked for \d\d\/\d\d\/\d{4}, \d\d:\d\d [ap]m\./,
    )
    expect(response.headers.get('cache-control')).toContain('no-store')

    const other = await messagingClinic(t, 'Other Dental')
    expect((await other.client.get(`/api/v1/patients/${patientId}/messages`)).status).toBe(404)
  })

  it('are the defaults until saved; bad input is a 400 naming the field and changes nothing', async () => {
    const clinic = await messagingClinic(t, 'Settings Dental')
    const read = async () =>
      (await (await clinic.client.get('/api/v1/messaging/settings')).json()) as object
    expect(await read()).toEqual({
      mode: 'whatsapp',
      sendConfirmations: true,
      reminderMinutes: [1440, 120],
      quietHours: { start: '00:00', end: '00:00' },
    })
    const good = {
      mode: 'whatsapp',
      sendConfirmations: false,
      reminderMinutes: [180],
      quietHours: { start: '22:00', end: '07:30' },
    }
    const bad = await clinic.client.put('/api/v1/messaging/settings', {
      ...good,
      quietHours: { start: '25:00', end: '07:30' },
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('quietHours.start')
    const tooMany = await clinic.client.put('/api/v1/messaging/settings', {
      ...good,
      reminderMinutes: [10, 20, 30, 40, 50],
    })
    expect(tooMany.status).toBe(400)
    expect((await read()) as { sendConfirmations: boolean }).toMatchObject({
      sendConfirmations: true,
    })
    const saved = await clinic.client.put('/api/v1/messaging/settings', good)
    expect(saved.status).toBe(200)
    expect(await saved.json()).toEqual(good)

    // One reminder three hours before, no confirmation.
    const patientId = await patientWith(clinic.client, { whatsapp: true })
    const startsAt = daysAhead(t.clock(), 3)
    startsAt.setUTCHours(6, 0, 0, 0) // 11:30 in Kolkata, outside the quiet hours
    const appointmentId = await book(clinic.client, clinic, patientId, startsAt)
    const rows = (await messagesOf(t, clinic.clinicId)).filter(
      (row) => row.appointment_id === appointmentId,
    )
    expect(
      rows.map((row) => [row.kind, startsAt.getTime() - new Date(row.due_at).getTime()]),
    ).toEqual([['appointment_reminder', 3 * 3600_000]])

    // Off: nothing is planned.
    expect(
      (await clinic.client.put('/api/v1/messaging/settings', { ...good, mode: 'off' })).status,
    ).toBe(200)
    const quiet = await book(
      clinic.client,
      clinic,
      patientId,
      new Date(startsAt.getTime() + 24 * 3600_000),
    )
    expect(
      (await messagesOf(t, clinic.clinicId)).filter((row) => row.appointment_id === quiet),
    ).toEqual([])
  })
})
