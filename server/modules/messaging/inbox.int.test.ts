import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Conversation, Inbox } from '../../../shared/contracts/messaging.ts'
import type { FakeWhatsApp } from '../../../test/fake-whatsapp.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import type { TestApp } from '../../../test/test-app.ts'
import { metaSignature } from '../../lib/whatsapp/meta-signature.ts'
import {
  asSender,
  book,
  daysAhead,
  epochSeconds,
  type MetaFixture,
  messagesOf,
  messagingClinic,
  metaWebhookBody,
  type Owner,
  patientWith,
  startMetaFixture,
} from './messaging-test-helpers.ts'

let fixture: MetaFixture
let t: TestApp
let meta: FakeWhatsApp
let owner: Owner
beforeAll(async () => {
  fixture = await startMetaFixture()
  ;({ t, meta, owner } = fixture)
  // The app's clock stands still in tests; each reply moves it a minute (patientWrites). It starts
  // an hour behind the database's, so the queue (on the database's clock) never waits for it.
  t.clock.set(new Date(Date.now() - 3600_000))
})
afterAll(() => fixture.close())

/** Each booking an hour after the last, so the doctor is never double-booked. */
let slot = 0
const nextSlot = () => new Date(daysAhead(t.clock(), 2).getTime() + ++slot * 3600_000)

/** A mobile number no other test (or run, on a shared database) writes to. */
const freshMobile = () => `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`

/**
 * A consenting patient with a booking whose confirmation has gone out through the fake Meta:
 * the clinic has written to the number, so the patient's replies find it.
 */
async function patientWrittenTo(
  clinic: Owner,
  options: { phone?: string; language?: 'en' | 'hi' } = {},
) {
  t.clock.advance(60_000)
  const phone = options.phone ?? freshMobile()
  const patientId = await patientWith(clinic.client, { whatsapp: true, phone, ...options })
  const appointmentId = await book(clinic.client, clinic, patientId, nextSlot())
  const rows = await messagesOf(t, clinic.clinicId)
  const confirmation = rows.find(
    (row) => row.appointment_id === appointmentId && row.kind === 'appointment_confirmation',
  )
  if (!confirmation) throw new Error('no confirmation')
  // The worker sends it moments after the commit (NOTIFY wakes it).
  const sentRow = async () =>
    (await messagesOf(t, clinic.clinicId)).find((row) => row.id === confirmation.id)
  await expect.poll(async () => (await sentRow())?.status, { timeout: 10_000 }).toBe('sent')
  return { patientId, appointmentId, phone, confirmation: await sentRow() }
}

/** The patient writes `text` from `phone`, as Meta's webhook delivers it. */
function patientWrites(phone: string, text: string, extra: object = {}) {
  // A minute passes: the reply comes after what it answers.
  t.clock.advance(60_000)
  const id = `wamid.in-${randomUUID()}`
  const body = metaWebhookBody({
    messages: [
      {
        from: `91${phone}`,
        id,
        timestamp: epochSeconds(t.clock()),
        type: 'text',
        text: { body: text },
        ...extra,
      },
    ],
  })
  return { id, body, post: () => fixture.postWebhook(body) }
}

async function inboxOf(clinic: Owner) {
  const response = await clinic.client.get('/api/v1/messaging/conversations')
  expect(response.status).toBe(200)
  return (await response.json()) as Inbox
}

async function conversationOf(clinic: Owner, patientId: string) {
  const response = await clinic.client.get(`/api/v1/messaging/conversations/${patientId}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Conversation
}

/** The free-text messages the fake Meta received for a number. */
const textsTo = (phone: string) =>
  meta.received
    .map((request) => request.body as { to?: string; type?: string; text?: { body: string } })
    .filter((body) => body.to === `91${phone}` && body.type === 'text')
    .map((body) => body.text?.body ?? '')

describe('the inbox', () => {
  it('a reply lands in the clinic that wrote to the number, unread until the front desk has seen it, once however often Meta delivers it', async () => {
    const { patientId, phone } = await patientWrittenTo(owner)
    const reply = patientWrites(phone, 'Can I come at 5 pm instead?')
    expect((await reply.post()).status).toBe(200)
    expect((await reply.post()).status).toBe(200)

    const inbox = await inboxOf(owner)
    const entry = inbox.conversations.find((each) => each.patientId === patientId)
    expect(entry).toMatchObject({ unread: 1, lastDirection: 'in', optedOut: false })
    expect(entry?.replyUntil).not.toBeNull()
    expect(inbox.unread).toBeGreaterThanOrEqual(1)

    const conversation = await conversationOf(owner, patientId)
    const inbound = conversation.messages.filter((message) => message.direction === 'in')
    expect(inbound).toHaveLength(1)
    expect(inbound[0]).toMatchObject({
      kind: 'inbound',
      status: 'received',
      text: 'Can I come at 5 pm instead?',
    })
    // Oldest first: our confirmation, then the patient's answer.
    expect(conversation.messages.map((message) => message.direction)).toEqual(['out', 'in'])

    const unread = async () =>
      ((await (await owner.client.get('/api/v1/messaging/unread')).json()) as { unread: number })
        .unread
    const before = await unread()
    expect(before).toBeGreaterThanOrEqual(1)
    const seen = await owner.client.post(`/api/v1/messaging/conversations/${patientId}/seen`)
    expect(seen.status).toBe(204)
    expect(await unread()).toBe(before - 1)
    const after = (await inboxOf(owner)).conversations.find((each) => each.patientId === patientId)
    expect(after?.unread).toBe(0)
  })

  it('a reply goes to the clinic that last wrote to the number, or to the one whose message it answers', async () => {
    const other = await messagingClinic(t, 'Other Dental')
    const phone = freshMobile()
    const first = await patientWrittenTo(owner, { phone })
    const second = await patientWrittenTo(other, { phone })

    expect((await patientWrites(phone, 'Thank you').post()).status).toBe(200)
    expect((await conversationOf(other, second.patientId)).messages.at(-1)?.text).toBe('Thank you')
    expect(
      (await conversationOf(owner, first.patientId)).messages.filter((m) => m.direction === 'in'),
    ).toEqual([])

    // WhatsApp's "reply" names the message answered: the first clinic's confirmation.
    const answering = patientWrites(phone, 'Yes, I will come', {
      context: { from: '15550001111', id: first.confirmation?.provider_message_id },
    })
    expect((await answering.post()).status).toBe(200)
    expect((await conversationOf(owner, first.patientId)).messages.at(-1)?.text).toBe(
      'Yes, I will come',
    )
    // Neither clinic sees the other's conversation.
    const foreign = await other.client.get(`/api/v1/messaging/conversations/${first.patientId}`)
    expect(foreign.status).toBe(404)
  })

  it('ignores a message from a number no clinic wrote to, and an unsigned one records nothing', async () => {
    const before = (await messagesOf(t, owner.clinicId)).length
    expect((await patientWrites(freshMobile(), 'Hello?').post()).status).toBe(200)
    const { phone } = await patientWrittenTo(owner)
    const count = (await messagesOf(t, owner.clinicId)).length
    const unsigned = patientWrites(phone, 'Hello')
    expect((await fixture.postWebhook(unsigned.body, null)).status).toBe(401)
    expect(
      (await fixture.postWebhook(unsigned.body, metaSignature(unsigned.body, 'wrong-secret')))
        .status,
    ).toBe(401)
    expect((await messagesOf(t, owner.clinicId)).length).toBe(count)
    expect(count).toBeGreaterThan(before)
  })
})

describe('replies from the front desk', () => {
  it('go out as free text inside the 24-hour window; after it, 409 naming the reason', async () => {
    const { patientId, phone } = await patientWrittenTo(owner)
    const path = `/api/v1/messaging/conversations/${patientId}/replies`
    // Before the patient has written, there is no window to answer in.
    const early = await owner.client.post(path, { text: 'Hello' })
    expect(early.status).toBe(409)
    expect(await early.json()).toMatchObject({ error: { reason: 'messaging.window_closed' } })

    await patientWrites(phone, 'Is the clinic open on Sunday?').post()
    const empty = await owner.client.post(path, { text: '   ' })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(await empty.json())).toContain('text')

    const sent = await owner.client.post(path, { text: 'Yes, 10 am to 1 pm.' })
    expect(sent.status).toBe(201)
    const conversation = (await sent.json()) as Conversation
    expect(conversation.messages.at(-1)).toMatchObject({
      kind: 'reply',
      direction: 'out',
      text: 'Yes, 10 am to 1 pm.',
    })
    await expect.poll(() => textsTo(phone), { timeout: 10_000 }).toEqual(['Yes, 10 am to 1 pm.'])

    // A day and an hour later (the patient's message moved back; sessions would expire if the
    // clock moved on), the window has closed.
    await asSender(t, owner, (tx) =>
      tx
        .updateTable('messages')
        .set({ sent_at: new Date(t.clock().getTime() - 25 * 3600_000) })
        .where('patient_id', '=', patientId)
        .where('direction', '=', 'in')
        .execute(),
    )
    const late = await owner.client.post(path, { text: 'Are you coming?' })
    expect(late.status).toBe(409)
    expect(await late.json()).toMatchObject({ error: { reason: 'messaging.window_closed' } })
  })

  it('are refused to roles without messaging.reply, and the inbox to those without messaging.read', async () => {
    const doctor = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'doctor')
    const { patientId } = await patientWrittenTo(owner)
    expect((await doctor.client.get('/api/v1/messaging/conversations')).status).toBe(403)
    expect((await doctor.client.get(`/api/v1/messaging/conversations/${patientId}`)).status).toBe(
      403,
    )
    const reply = await doctor.client.post(`/api/v1/messaging/conversations/${patientId}/replies`, {
      text: 'Hello',
    })
    expect(reply.status).toBe(403)
  })
})

describe('STOP', () => {
  it('withdraws WhatsApp consent for everyone on that number, cancels their queued messages and is answered once, in their language', async () => {
    const phone = freshMobile()
    const mother = await patientWrittenTo(owner, { phone, language: 'hi' })
    // Her son, registered with the family's one phone.
    const son = await patientWith(owner.client, { whatsapp: true, phone })
    const sonsVisit = await book(owner.client, owner, son, nextSlot())
    const queued = (await messagesOf(t, owner.clinicId)).filter(
      (row) =>
        row.status === 'queued' &&
        row.kind === 'appointment_reminder' &&
        (row.appointment_id === mother.appointmentId || row.appointment_id === sonsVisit),
    )
    expect(queued.length).toBeGreaterThan(0)

    // In answer to the mother's confirmation: whether the son's has gone out by now depends on the
    // time of day (quiet hours), and without a context the last message sent picks the patient.
    const stop = patientWrites(phone, 'बंद करो', {
      context: { from: '15550001111', id: mother.confirmation?.provider_message_id },
    })
    expect((await stop.post()).status).toBe(200)
    expect((await stop.post()).status).toBe(200)

    for (const patientId of [mother.patientId, son]) {
      const consent = (await (
        await owner.client.get(`/api/v1/patients/${patientId}/consent`)
      ).json()) as {
        items: Record<string, { isGranted: boolean }>
        history: { action: string; captureChannel: string; capturedBy: string | null }[]
      }
      expect(consent.items['channel.whatsapp']?.isGranted).toBe(false)
      expect(consent.history.at(-1)).toMatchObject({
        action: 'withdrawn',
        captureChannel: 'whatsapp_reply',
        capturedBy: null,
      })
    }
    const rows = await messagesOf(t, owner.clinicId)
    for (const message of queued) {
      expect(rows.find((row) => row.id === message.id)?.status).toBe('cancelled')
    }
    await expect.poll(() => textsTo(phone).length, { timeout: 10_000 }).toBe(1)
    expect(textsTo(phone)[0]).toContain('WhatsApp संदेश नहीं मिलेंगे')
    expect(textsTo(phone)[0]).toContain('Smile Dental Care')

    const inbox = await inboxOf(owner)
    expect(inbox.conversations.find((each) => each.patientId === mother.patientId)).toMatchObject({
      optedOut: true,
    })
    // Nothing more goes to that number: a new booking plans nothing.
    const after = await book(owner.client, owner, mother.patientId, nextSlot())
    expect(
      (await messagesOf(t, owner.clinicId)).filter((row) => row.appointment_id === after),
    ).toEqual([])
  })

  it('a message that merely mentions stopping is kept in the inbox and withdraws nothing', async () => {
    const { patientId, phone } = await patientWrittenTo(owner)
    await patientWrites(phone, "Please don't stop my treatment").post()
    const consent = (await (
      await owner.client.get(`/api/v1/patients/${patientId}/consent`)
    ).json()) as {
      items: Record<string, { isGranted: boolean }>
    }
    expect(consent.items['channel.whatsapp']?.isGranted).toBe(true)
  })
})
