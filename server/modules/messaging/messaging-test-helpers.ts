import { expect } from 'vitest'
import { CONSENT_ITEMS } from '../../../shared/consent/consent-items.ts'
import { type FakeWhatsApp, startFakeWhatsApp } from '../../../test/fake-whatsapp.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { asClinicSystem } from '../../../test/in-database-as.ts'
import { createTestApp, type TestApp, type TestAppOptions } from '../../../test/test-app.ts'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import { QUEUES } from '../../jobs/index.ts'
import { createMetaProvider } from '../../lib/whatsapp/meta-provider.ts'
import { metaSignature } from '../../lib/whatsapp/meta-signature.ts'
import { messageJobHandler } from './index.ts'

export const APP_SECRET = 'test-app-secret-0123456789abcdef'
export const VERIFY_TOKEN = 'test-verify-token-0123456789'
export const WEBHOOK_URL = '/api/v1/webhooks/whatsapp/meta'

/** A test app sending through a fake Meta Cloud API over HTTP, with one messaging clinic. */
export interface MetaFixture {
  t: TestApp
  meta: FakeWhatsApp
  owner: Owner
  /** Runs the worker's handler for one message now, as the job would at `at`. */
  sendNow(messageId: string, at: Date, clinicId?: string): Promise<void>
  /** One message row of the owner's clinic, read as the owner role. */
  rowOf(id: string): Promise<Awaited<ReturnType<typeof messagesOf>>[number] | undefined>
  /** What the fake Meta received for one of our outbox rows (by its callback data). */
  sentFor(messageId: string): FakeWhatsApp['received']
  /** POSTs a webhook body signed with the app secret (or with `signature`, or unsigned: null). */
  postWebhook(body: string, signature?: string | null): Promise<Response>
  close(): Promise<void>
}

export async function startMetaFixture(options: TestAppOptions = {}): Promise<MetaFixture> {
  const meta = await startFakeWhatsApp('meta')
  const t = await createTestApp(
    {
      whatsapp: createMetaProvider(
        { phoneNumberId: '1234567890', accessToken: 'test-access-token-0123456789' },
        { graphUrl: meta.url },
      ),
      metaWebhook: { appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN },
    },
    options,
  )
  const owner = await messagingClinic(t)
  return {
    t,
    meta,
    owner,
    sendNow: (messageId, at, clinicId = owner.clinicId) =>
      messageJobHandler({ ...t.deps, clock: () => at })(
        { clinicId, messageId },
        { id: 'test', queue: QUEUES.message },
      ),
    rowOf: async (id) => (await messagesOf(t, owner.clinicId)).find((row) => row.id === id),
    sentFor: (messageId) =>
      meta.received.filter((request) => JSON.stringify(request.body).includes(`:${messageId}`)),
    postWebhook: async (body, signature = metaSignature(body, APP_SECRET)) =>
      t.app.request(WEBHOOK_URL, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(signature ? { 'x-hub-signature-256': signature } : {}),
        },
        body,
      }),
    close: async () => {
      await t.close()
      await meta.close()
    },
  }
}

/** Seconds since the epoch, as Meta's webhooks give times. */
export const epochSeconds = (date: Date) => String(Math.floor(date.getTime() / 1000))

/** A webhook as Meta sends it, with statuses and/or patients' messages. */
export function metaWebhookBody(value: { statuses?: object[]; messages?: object[] }) {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '1', changes: [{ field: 'messages', value }] }],
  })
}

export type Owner = Awaited<ReturnType<typeof signUpClinic>>

/** A clinic whose messages are never held for quiet hours, so tests pass at any time of day. */
export async function messagingClinic(t: TestApp, name = 'Smile Dental Care'): Promise<Owner> {
  const owner = await signUpClinic(t.app, name)
  await withClinic(t.database.db, { clinicId: owner.clinicId, userId: owner.userId }, (tx) =>
    tx
      .insertInto('messaging_settings')
      .values({ clinic_id: owner.clinicId, quiet_start: '00:00', quiet_end: '00:00' })
      .execute(),
  )
  return owner
}

let serial = 0

/** A patient with a mobile number, who agreed (or not) to WhatsApp messages. */
export async function patientWith(
  client: TestClient,
  options: {
    whatsapp: boolean
    sms?: boolean
    email?: boolean
    /** Consent to recall campaigns (purpose.recall_campaigns). */
    recall?: boolean
    language?: 'en' | 'hi'
    phone?: string
    emailAddress?: string
  },
): Promise<string> {
  // A new name and number each time: the same ones again would be offered as a duplicate (409).
  serial += 1
  const created = await client.post('/api/v1/patients', {
    fullName: `Sunita Devi ${serial}`,
    ageYears: 52,
    sex: 'female',
    phone: options.phone ?? `98765${String(serial).padStart(5, '0')}`,
    preferredLanguage: options.language ?? 'en',
    ...(options.emailAddress ? { email: options.emailAddress } : {}),
  })
  expect(created.status).toBe(201)
  const { id } = (await created.json()) as { id: string }
  const notice = (await (await client.get('/api/v1/consent/notice?language=en')).json()) as {
    id: string
  }
  const items = Object.fromEntries(CONSENT_ITEMS.map((item) => [item, false]))
  const consent = await client.post(`/api/v1/patients/${id}/consent`, {
    noticeId: notice.id,
    items: {
      ...items,
      personal_data: true,
      health_data: true,
      'channel.whatsapp': options.whatsapp,
      'channel.sms': options.sms ?? false,
      'channel.email': options.email ?? false,
      'purpose.recall_campaigns': options.recall ?? false,
    },
    captureChannel: 'in_person_tablet',
    givenBy: 'patient',
  })
  expect(consent.status).toBe(201)
  return id
}

/** The next whole hour at least `days` days after `now`: a booking time far from any reminder. */
export function daysAhead(now: Date, days: number): Date {
  const at = new Date(now.getTime() + days * 24 * 3600_000)
  at.setUTCMinutes(0, 0, 0)
  return new Date(at.getTime() + 3600_000)
}

export async function book(client: TestClient, owner: Owner, patientId: string, startsAt: Date) {
  const response = await client.post('/api/v1/appointments', {
    patientId,
    doctorUserId: owner.userId,
    startsAt: startsAt.toISOString(),
    durationMinutes: 30,
    allowOutsideHours: true,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

/**
 * Runs `work` as the clinic's sending worker (the system principal with messaging.send, as
 * withClinicAsSystem opens it) under a role with the table owner's privileges but no BYPASSRLS:
 * how a test changes a message only the worker may (a sent one), with the audit trigger seeing
 * the clinic.
 */
export function asSender<T>(t: TestApp, clinic: Owner, work: (tx: Tx) => Promise<T>): Promise<T> {
  return asClinicSystem(t.database, clinic.clinicId, ['messaging.send'], work)
}

/** Every message row of the clinic, oldest first, read as the owner role (raw rows). */
export function messagesOf(t: TestApp, clinicId: string) {
  return t.database.asOwner((tx) =>
    tx
      .selectFrom('messages')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('created_at')
      .orderBy('due_at')
      .execute(),
  )
}
