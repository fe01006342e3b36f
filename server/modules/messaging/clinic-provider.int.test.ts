import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FakeWhatsApp, startFakeWhatsApp } from '../../../test/fake-whatsapp.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { QUEUES } from '../../jobs/index.ts'
import { interaktSignature } from '../../lib/whatsapp/interakt-webhook.ts'
import { metaSignature } from '../../lib/whatsapp/meta-signature.ts'
import { messageJobHandler } from './index.ts'
import {
  asSender,
  book,
  daysAhead,
  epochSeconds,
  messagesOf,
  messagingClinic,
  metaWebhookBody,
  type Owner,
  patientWith,
} from './messaging-test-helpers.ts'
import { RECONCILE_AFTER_MS } from './send-message.ts'

/**
 * A clinic's own WhatsApp account (issue #14 item 2): connected with a test message through a
 * fake Meta, Interakt or Wati over HTTP, kept sealed, used by the worker instead of the shared
 * sender, and its webhooks taken in at the clinic's own secret address, for that clinic only.
 */
let t: TestApp
let meta: FakeWhatsApp
let interakt: FakeWhatsApp
let wati: FakeWhatsApp
let owner: Owner
let other: Owner

const META_TOKEN = 'clinic-meta-access-token-0123456789'
const META_SECRET = 'clinic-meta-app-secret-0123'
const INTERAKT_KEY = 'aW50ZXJha3Qta2V5LTAxMjM0NTY3ODk='
const INTERAKT_SECRET = 'interakt-webhook-secret-0123'
const WATI_TOKEN = 'wati-bearer-token-0123456789abcdef'

beforeAll(async () => {
  ;[meta, interakt, wati] = await Promise.all([
    startFakeWhatsApp('meta'),
    startFakeWhatsApp('interakt'),
    startFakeWhatsApp('wati'),
  ])
  t = await createTestApp({
    whatsappEndpoints: {
      metaGraphUrl: meta.url,
      interaktUrl: interakt.url,
      watiAllowedOrigin: wati.url,
    },
  })
  owner = await messagingClinic(t)
  other = await messagingClinic(t, 'Other Dental')
})
afterAll(async () => {
  await t.close()
  await Promise.all([meta.close(), interakt.close(), wati.close()])
})

const PROVIDER = '/api/v1/messaging/provider'
const metaBody = {
  provider: 'meta',
  phoneNumberId: '109876543210',
  accessToken: META_TOKEN,
  appSecret: META_SECRET,
  testMobile: '98765 43210',
}
const interaktBody = {
  provider: 'interakt',
  apiKey: INTERAKT_KEY,
  webhookSecret: INTERAKT_SECRET,
  testMobile: '+91 98765 43210',
}
const watiBody = () => ({
  provider: 'wati',
  endpoint: `${wati.url}/445566`,
  accessToken: WATI_TOKEN,
  testMobile: '9876543210',
})

type Connection = {
  sender: string
  connection: {
    provider: string
    label: string
    webhookUrl: string
    verifyToken: string | null
  } | null
}

async function connect(who: Owner, body: object): Promise<Connection> {
  const response = await who.client.put(PROVIDER, body)
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as Connection
}

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { reason: string; field?: string } }).error

const pathOf = (connection: Connection) =>
  new URL(connection.connection?.webhookUrl as string).pathname

async function storedRow(clinicId: string) {
  return t.database.asOwner((tx) =>
    tx
      .selectFrom('messaging_providers')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .executeTakeFirst(),
  )
}

let bookings = 0

/** A reminder of a new booking (each on its own day: one doctor), sent now by the worker. */
async function sentReminder(who: Owner) {
  bookings += 1
  const patientId = await patientWith(who.client, { whatsapp: true })
  const startsAt = daysAhead(t.clock(), 2 + bookings)
  const appointmentId = await book(who.client, who, patientId, startsAt)
  const reminder = (await messagesOf(t, who.clinicId)).find(
    (row) => row.appointment_id === appointmentId && row.kind === 'appointment_reminder',
  )
  if (!reminder) throw new Error('no reminder')
  await messageJobHandler({ ...t.deps, clock: () => new Date(reminder.due_at) })(
    { clinicId: who.clinicId, messageId: reminder.id },
    { id: 'test', queue: QUEUES.message },
  )
  const row = (await messagesOf(t, who.clinicId)).find((message) => message.id === reminder.id)
  if (!row) throw new Error('reminder gone')
  return row
}

describe('connecting a clinic’s own account', () => {
  it('starts on the shared sender (here the local outbox), with no connection', async () => {
    const response = await owner.client.get(PROVIDER)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ sender: 'outbox', connection: null })
  })

  it('sends the test message through Meta, then keeps the credentials sealed and shows none', async () => {
    const before = meta.received.length
    const connected = await connect(owner, metaBody)
    const test = meta.received.slice(before)
    expect(test).toHaveLength(1)
    expect(test[0]?.path).toBe('/109876543210/messages')
    expect(test[0]?.headers.authorization).toBe(`Bearer ${META_TOKEN}`)
    expect(test[0]?.body).toMatchObject({ to: '919876543210', type: 'text' })
    expect(JSON.stringify(test[0]?.body)).toContain('Smile Dental Care')
    expect(connected.sender).toBe('clinic')
    expect(connected.connection).toMatchObject({
      provider: 'meta',
      label: expect.stringContaining('…3210'),
    })
    expect(connected.connection?.webhookUrl).toMatch(
      /^http:\/\/localhost\/api\/v1\/webhooks\/whatsapp\/meta\/[A-Za-z0-9_-]{43}$/,
    )
    expect(connected.connection?.verifyToken).toBe(pathOf(connected).split('/').at(-1))
    const shown = JSON.stringify(connected) + (await (await owner.client.get(PROVIDER)).text())
    expect(shown).not.toContain(META_TOKEN)
    expect(shown).not.toContain(META_SECRET)
    const row = await storedRow(owner.clinicId)
    expect(Buffer.from(row?.credentials_cipher ?? []).toString('latin1')).not.toContain(META_TOKEN)
    // The audit log records the connection, never the sealed credentials or the token's hash.
    const audit = await t.database.asOwner((tx) =>
      tx
        .selectFrom('audit_events')
        .selectAll()
        .where('clinic_id', '=', owner.clinicId)
        .where('table_name', '=', 'messaging_providers')
        .execute(),
    )
    expect(audit.length).toBeGreaterThan(0)
    expect(JSON.stringify(audit)).not.toContain('credentials_cipher')
    expect(JSON.stringify(audit)).not.toContain('webhook_token_hash')
  })

  it('saves nothing when the provider refuses the credentials (the field named) or is down', async () => {
    const fresh = await messagingClinic(t, 'Refused Dental')
    try {
      meta.behave(401)
      const refused = await fresh.client.put(PROVIDER, metaBody)
      expect(refused.status).toBe(400)
      expect(await errorOf(refused)).toMatchObject({
        reason: 'messaging.provider_refused',
        field: 'accessToken',
        params: { code: '401' },
      })
      meta.behave(503)
      const down = await fresh.client.put(PROVIDER, metaBody)
      expect(down.status).toBe(400)
      expect(await errorOf(down)).toMatchObject({ reason: 'messaging.provider_unreachable' })
    } finally {
      meta.behave('ok')
    }
    expect(await storedRow(fresh.clinicId)).toBeUndefined()
  })

  it('refuses a Wati endpoint off wati.io before calling anything (SSRF)', async () => {
    const before = wati.received.length
    for (const endpoint of [
      'http://169.254.169.254/latest',
      'http://127.0.0.1:5432/',
      'https://wati.io.example.com/1',
      `${wati.url.replace('127.0.0.1', 'localhost')}/1`,
    ]) {
      const response = await other.client.put(PROVIDER, { ...watiBody(), endpoint })
      expect(response.status).toBe(400)
      expect(await errorOf(response)).toMatchObject({
        reason: 'messaging.provider_endpoint_not_allowed',
        field: 'endpoint',
      })
    }
    expect(wati.received.length).toBe(before)
    expect(await storedRow(other.clinicId)).toBeUndefined()
  })

  it('refuses bad input with the field named', async () => {
    const cases: [object, string][] = [
      [{ ...metaBody, provider: 'gupshup' }, 'provider'],
      [{ ...metaBody, phoneNumberId: '12ab' }, 'phoneNumberId'],
      [{ ...metaBody, testMobile: '12345' }, 'testMobile'],
      [{ ...metaBody, accessToken: 'short' }, 'accessToken'],
      [{ ...metaBody, accessToken: `${META_TOKEN} with spaces` }, 'accessToken'],
      [{ ...interaktBody, endpoint: 'https://x.wati.io' }, ''],
    ]
    for (const [body, field] of cases) {
      const response = await other.client.put(PROVIDER, body)
      expect(response.status).toBe(400)
      const answer = await errorOf(response)
      if (field) expect(answer.field).toBe(field)
    }
  })

  it('is for owners and admins only, both ways', async () => {
    const admin = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'admin')
    expect((await admin.client.get(PROVIDER)).status).toBe(200)
    for (const role of ['receptionist', 'doctor'] as const) {
      const staff = await addStaff(t.app, t.deps.outboxDir as string, owner.client, role)
      expect((await staff.client.get(PROVIDER)).status).toBe(403)
      expect((await staff.client.put(PROVIDER, metaBody)).status).toBe(403)
      expect((await staff.client.delete(PROVIDER)).status).toBe(403)
    }
    expect((await owner.client.get(PROVIDER)).status).toBe(200)
    const anonymous = await t.app.request(PROVIDER)
    expect(anonymous.status).toBe(401)
  })
})

describe('sending through the clinic’s own account', () => {
  it('sends the clinic’s reminders through its account, not the shared sender', async () => {
    await connect(owner, interaktBody)
    const before = interakt.received.length
    const row = await sentReminder(owner)
    expect(row).toMatchObject({
      status: 'sent',
      provider: 'interakt',
      sent_by_clinic_provider: true,
    })
    // The booking's confirmation (worked by this app's queue) went through it too; the reminder:
    const sent = interakt.received
      .slice(before)
      .filter((request) => JSON.stringify(request.body).includes(row.id))
    expect(sent).toHaveLength(1)
    expect(sent[0]?.headers.authorization).toBe(`Basic ${INTERAKT_KEY}`)
    expect(sent[0]?.body).toMatchObject({
      phoneNumber: expect.stringMatching(/^\d{10}$/),
      type: 'Template',
      template: { name: 'appointment_reminder' },
    })
    // Another clinic, with no account of its own, still uses the shared sender.
    const otherRow = await sentReminder(other)
    expect(otherRow).toMatchObject({
      status: 'sent',
      provider: 'outbox',
      sent_by_clinic_provider: false,
    })
  })

  it('sends through Wati at the clinic’s endpoint with its token', async () => {
    const watiClinic = await messagingClinic(t, 'Wati Dental')
    const connected = await connect(watiClinic, watiBody())
    expect(connected.connection?.label).toContain('127.0.0.1')
    const before = wati.received.length
    const row = await sentReminder(watiClinic)
    expect(row).toMatchObject({ status: 'sent', provider: 'wati', sent_by_clinic_provider: true })
    const sent = wati.received
      .slice(before)
      .filter((request) => request.query.get('whatsappNumber') !== null)
      .filter((request) => JSON.stringify(request.body).includes(row.id))
    expect(sent).toHaveLength(1)
    expect(sent[0]?.path).toBe('/445566/api/v1/sendTemplateMessage')
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${WATI_TOKEN}`)
  })
})

describe('an attempt of unknown outcome', () => {
  it('through an account since disconnected is failed for a person to check, never resent', async () => {
    const clinic = await messagingClinic(t, 'Unknown Outcome Dental')
    await connect(clinic, { ...interaktBody, webhookSecret: undefined })
    bookings += 1
    const patientId = await patientWith(clinic.client, { whatsapp: true })
    const startsAt = daysAhead(t.clock(), 2 + bookings)
    const appointmentId = await book(clinic.client, clinic, patientId, startsAt)
    const reminder = (await messagesOf(t, clinic.clinicId)).find(
      (row) => row.appointment_id === appointmentId && row.kind === 'appointment_reminder',
    )
    if (!reminder) throw new Error('no reminder')
    const due = new Date(reminder.due_at)
    // The worker died after marking the attempt through the clinic's Interakt account.
    await asSender(t, clinic, (tx) =>
      tx
        .updateTable('messages')
        .set({
          status: 'sending',
          attempts: 1,
          attempt_started_at: due,
          provider: 'interakt',
          sent_by_clinic_provider: true,
        })
        .where('id', '=', reminder.id)
        .execute(),
    )
    expect((await clinic.client.delete(PROVIDER)).status).toBe(200)
    // Only this reminder's requests: the booking's confirmation goes out through the queue.
    const forReminder = () =>
      interakt.received.filter((request) => JSON.stringify(request.body).includes(reminder.id))
    const before = forReminder().length
    const later = new Date(due.getTime() + RECONCILE_AFTER_MS + 1000)
    await messageJobHandler({ ...t.deps, clock: () => later })(
      { clinicId: clinic.clinicId, messageId: reminder.id },
      { id: 'test', queue: QUEUES.message },
    )
    const row = (await messagesOf(t, clinic.clinicId)).find((each) => each.id === reminder.id)
    expect(row).toMatchObject({
      status: 'failed',
      error_code: 'unknown_outcome',
      provider: 'interakt',
    })
    expect(forReminder().length).toBe(before)
  })
})

describe('webhooks at the clinic’s own address', () => {
  it('Interakt: signed statuses move the clinic’s message; unsigned or a wrong address are 401', async () => {
    const connection = await connect(owner, interaktBody)
    const row = await sentReminder(owner)
    const body = JSON.stringify({
      type: 'message_api_delivered',
      data: {
        customer: { country_code: '+91', phone_number: '9876500000' },
        message: {
          id: row.provider_message_id,
          message_status: 'Delivered',
          delivered_at_utc: new Date(t.clock().getTime() + 60_000).toISOString(),
        },
      },
    })
    const post = (path: string, signature: string | null) =>
      t.app.request(path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(signature ? { 'interakt-signature': signature } : {}),
        },
        body,
      })
    const path = pathOf(connection)
    expect((await post(path, null)).status).toBe(401)
    expect((await post(path, interaktSignature(body, 'another-secret-entirely'))).status).toBe(401)
    const guessed = `${path.slice(0, -4)}AAAA`
    expect((await post(guessed, interaktSignature(body, INTERAKT_SECRET))).status).toBe(401)
    expect((await post('/api/v1/webhooks/whatsapp/interakt/short', null)).status).toBe(401)
    expect((await messagesOf(t, owner.clinicId)).find((m) => m.id === row.id)?.status).toBe('sent')
    expect((await post(path, interaktSignature(body, INTERAKT_SECRET))).status).toBe(200)
    expect((await messagesOf(t, owner.clinicId)).find((m) => m.id === row.id)?.status).toBe(
      'delivered',
    )
  })

  it('touches only its own clinic: another clinic’s address cannot move this clinic’s message', async () => {
    const connection = await connect(owner, interaktBody)
    const row = await sentReminder(owner)
    const otherConnection = await connect(other, { ...interaktBody, webhookSecret: undefined })
    expect(pathOf(otherConnection)).not.toBe(pathOf(connection))
    const body = JSON.stringify({
      type: 'message_api_read',
      data: {
        customer: { country_code: '+91', phone_number: '9876500000' },
        message: { id: row.provider_message_id, message_status: 'Read' },
      },
    })
    const response = await t.app.request(pathOf(otherConnection), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(response.status).toBe(200)
    expect((await messagesOf(t, owner.clinicId)).find((m) => m.id === row.id)?.status).toBe('sent')
  })

  it('Wati: a patient’s reply joins the clinic’s conversation; STOP withdraws WhatsApp consent', async () => {
    const watiClinic = await messagingClinic(t, 'Wati Replies Dental')
    const connection = await connect(watiClinic, watiBody())
    const row = await sentReminder(watiClinic)
    const patient = await watiClinic.client.get(`/api/v1/patients/${row.patient_id}`)
    const phone = ((await patient.json()) as { phone: string }).phone
    const reply = (id: string, text: string) =>
      t.app.request(pathOf(connection), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          eventType: 'message',
          id,
          waId: phone.replace('+', ''),
          text,
          timestamp: epochSeconds(new Date(row.sent_at ?? t.clock())),
        }),
      })
    // Provider message ids are unique across the database, which CI runs the suite on twice.
    const [first, second] = [randomUUID(), randomUUID()]
    expect((await reply(first, 'Will come at 10')).status).toBe(200)
    expect((await reply(first, 'Will come at 10')).status).toBe(200)
    expect((await reply(second, 'STOP')).status).toBe(200)
    const inbound = (await messagesOf(t, watiClinic.clinicId)).filter((m) => m.direction === 'in')
    expect(inbound.map((m) => m.kind).sort()).toEqual(['inbound', 'opt_out'])
    const consent = await watiClinic.client.get(`/api/v1/patients/${row.patient_id}/consent`)
    expect(JSON.stringify(await consent.json())).toContain('"channel.whatsapp":false')
  })

  it('Meta: the clinic’s app secret signs, its token is the verify token; the shared secret does not', async () => {
    const metaClinic = await messagingClinic(t, 'Meta Own Dental')
    const connection = await connect(metaClinic, metaBody)
    const path = pathOf(connection)
    const token = connection.connection?.verifyToken as string
    const ok = await t.app.request(
      `${path}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=4242`,
    )
    expect(ok.status).toBe(200)
    expect(await ok.text()).toBe('4242')
    const wrong = await t.app.request(
      `${path}?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1`,
    )
    expect(wrong.status).toBe(403)
    const row = await sentReminder(metaClinic)
    expect(row.provider).toBe('meta')
    const body = metaWebhookBody({
      statuses: [
        {
          id: row.provider_message_id,
          status: 'read',
          timestamp: epochSeconds(new Date(t.clock().getTime() + 60_000)),
          recipient_id: '919876500000',
        },
      ],
    })
    const post = (signature: string) =>
      t.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        body,
      })
    expect((await post(metaSignature(body, 'the-platform-app-secret'))).status).toBe(401)
    expect((await post(metaSignature(body, META_SECRET))).status).toBe(200)
    expect((await messagesOf(t, metaClinic.clinicId)).find((m) => m.id === row.id)?.status).toBe(
      'read',
    )
  })

  it('disconnecting returns to the shared sender and retires the address', async () => {
    const leaving = await messagingClinic(t, 'Leaving Dental')
    const connection = await connect(leaving, { ...interaktBody, webhookSecret: undefined })
    const response = await leaving.client.delete(PROVIDER)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ sender: 'outbox', connection: null })
    expect(await storedRow(leaving.clinicId)).toBeUndefined()
    const late = await t.app.request(pathOf(connection), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":"message_api_read","data":{}}',
    })
    expect(late.status).toBe(401)
    expect((await sentReminder(leaving)).provider).toBe('outbox')
  })
})
