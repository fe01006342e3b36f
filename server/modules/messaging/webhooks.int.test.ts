import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FakeWhatsApp } from '../../../test/fake-whatsapp.ts'
import type { TestApp } from '../../../test/test-app.ts'
import { metaSignature } from '../../lib/whatsapp/meta-signature.ts'
import {
  APP_SECRET,
  book,
  daysAhead,
  type MetaFixture,
  messagesOf,
  metaWebhookBody,
  type Owner,
  patientWith,
  epochSeconds as seconds,
  startMetaFixture,
  WEBHOOK_URL as URL_,
  VERIFY_TOKEN,
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

const statusBody = (status: object) => metaWebhookBody({ statuses: [status] })
const post = (body: string, signature?: string | null) => fixture.postWebhook(body, signature)
const sendNow = (messageId: string, at: Date) => fixture.sendNow(messageId, at)
const rowOf = (id: string) => fixture.rowOf(id)

/** A reminder of a new booking, planned and not yet sent (due days ahead). */
async function plannedReminder(days: number) {
  const patientId = await patientWith(owner.client, { whatsapp: true })
  const appointmentId = await book(owner.client, owner, patientId, daysAhead(t.clock(), days))
  const reminder = (await messagesOf(t, owner.clinicId)).find(
    (row) => row.appointment_id === appointmentId && row.kind === 'appointment_reminder',
  )
  if (!reminder) throw new Error('no reminder')
  return reminder
}

describe('the subscription check', () => {
  it('echoes the challenge for the right verify token, and refuses any other', async () => {
    const ok = await t.app.request(
      `${URL_}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    )
    expect(ok.status).toBe(200)
    expect(await ok.text()).toBe('1158201444')
    const wrong = await t.app.request(
      `${URL_}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`,
    )
    expect(wrong.status).toBe(403)
    expect(await wrong.text()).not.toContain('1158201444')
    expect((await t.app.request(`${URL_}?hub.challenge=1`)).status).toBe(403)
    expect((await t.app.request('/api/v1/webhooks/whatsapp/acme?hub.challenge=1')).status).toBe(400)
  })
})

describe('status webhooks', () => {
  it('refuse an unsigned or wrongly signed body with 401 and record nothing', async () => {
    const reminder = await plannedReminder(3)
    await sendNow(reminder.id, new Date(reminder.due_at))
    const sent = await rowOf(reminder.id)
    const body = statusBody({
      id: sent?.provider_message_id,
      status: 'read',
      timestamp: seconds(new Date()),
      recipient_id: '919876500001',
    })
    expect((await post(body, null)).status).toBe(401)
    expect((await post(body, metaSignature(body, 'another-secret-entirely'))).status).toBe(401)
    expect((await post(`${body} `, metaSignature(body, APP_SECRET))).status).toBe(401)
    expect((await post(body, 'sha256=zz')).status).toBe(401)
    expect((await rowOf(reminder.id))?.status).toBe('sent')
  })

  it('move delivery forward in any order, any number of times', async () => {
    const reminder = await plannedReminder(4)
    await sendNow(reminder.id, new Date(reminder.due_at))
    const wamid = (await rowOf(reminder.id))?.provider_message_id
    const at = new Date('2030-01-02T03:04:05Z')
    const event = (status: string) =>
      post(statusBody({ id: wamid, status, timestamp: seconds(at), recipient_id: '919876500001' }))
    expect((await event('read')).status).toBe(200)
    expect((await event('delivered')).status).toBe(200)
    expect((await event('read')).status).toBe(200)
    expect(await rowOf(reminder.id)).toMatchObject({
      status: 'read',
      read_at: at,
      delivered_at: at,
    })
    const log = (await (
      await owner.client.get(`/api/v1/patients/${reminder.patient_id}/messages`)
    ).json()) as {
      id: string
      status: string
    }[]
    expect(log.find((message) => message.id === reminder.id)?.status).toBe('read')
  })

  it('record a failure with Meta’s error code', async () => {
    const reminder = await plannedReminder(5)
    await sendNow(reminder.id, new Date(reminder.due_at))
    const wamid = (await rowOf(reminder.id))?.provider_message_id
    const body = statusBody({
      id: wamid,
      status: 'failed',
      timestamp: seconds(new Date()),
      errors: [{ code: 131026, title: 'Message undeliverable' }],
    })
    expect((await post(body)).status).toBe(200)
    expect(await rowOf(reminder.id)).toMatchObject({ status: 'failed', error_code: '131026' })
  })

  it('accept and ignore a status for a message nobody sent', async () => {
    const body = statusBody({
      id: 'wamid.unknown',
      status: 'delivered',
      timestamp: seconds(new Date()),
    })
    expect((await post(body)).status).toBe(200)
    const notOurs = statusBody({
      id: 'wamid.other',
      status: 'delivered',
      timestamp: seconds(new Date()),
      biz_opaque_callback_data: 'something else',
    })
    expect((await post(notOurs)).status).toBe(200)
    expect((await post(JSON.stringify({ hello: 'world' }))).status).toBe(200)
  })

  it('settle an attempt whose outcome was unknown, so the retry sends nothing', async () => {
    const reminder = await plannedReminder(6)
    const due = new Date(reminder.due_at)
    // The provider took it but the answer was lost (a 5xx after accepting): `sending`.
    meta.behave(502)
    try {
      await expect(sendNow(reminder.id, due)).rejects.toMatchObject({ code: '502' })
    } finally {
      meta.behave('ok')
    }
    expect((await rowOf(reminder.id))?.status).toBe('sending')
    // Counted for this reminder only: the worker sends other patients' confirmations meanwhile.
    const before = fixture.sentFor(reminder.id).length
    // Provider ids are unique across the database (and runs share one): a fresh one each run.
    const wamid = `wamid.reconciled-${randomUUID()}`
    const body = statusBody({
      id: wamid,
      status: 'sent',
      timestamp: seconds(due),
      biz_opaque_callback_data: `nrm:${owner.clinicId}:${reminder.id}`,
    })
    expect((await post(body)).status).toBe(200)
    expect(await rowOf(reminder.id)).toMatchObject({
      status: 'sent',
      provider_message_id: wamid,
    })
    // Long after the reconcile window, the retry finds it sent and sends nothing.
    await sendNow(reminder.id, new Date(due.getTime() + RECONCILE_AFTER_MS * 2))
    expect(fixture.sentFor(reminder.id).length).toBe(before)
  })
})
