import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { listOutbox } from '../../lib/email/outbox-provider.ts'
import { createSmsOutboxProvider } from '../../lib/sms/outbox-sms-provider.ts'
import {
  book,
  daysAhead,
  messagesOf,
  messagingClinic,
  type Owner,
  patientWith,
} from './messaging-test-helpers.ts'

/** SMS and email as fallbacks (issue #14 item 2): same messages, the channel the patient chose. */
const smsDir = mkdtempSync(path.join(tmpdir(), 'niramaya-sms-outbox-'))
let t: TestApp
let owner: Owner
beforeAll(async () => {
  t = await createTestApp({ sms: createSmsOutboxProvider({ dir: smsDir }) })
  owner = await messagingClinic(t, 'Fallback Dental')
})
afterAll(async () => {
  await t.close()
  rmSync(smsDir, { recursive: true, force: true })
})

let slot = 0
const nextSlot = () => new Date(daysAhead(t.clock(), 3).getTime() + ++slot * 3600_000)

const smsTo = (mobile: string) =>
  readdirSync(smsDir)
    .filter((name) => name.endsWith('.json'))
    .map(
      (name) =>
        JSON.parse(readFileSync(path.join(smsDir, name), 'utf8')) as { to: string; text: string },
    )
    .filter((sms) => sms.to === mobile)

async function statusOf(id: string) {
  return (await messagesOf(t, owner.clinicId)).find((row) => row.id === id)?.status
}

describe('fallback channels', () => {
  it('a patient who agreed to SMS but not WhatsApp gets the confirmation by SMS, once, and reminders planned on SMS', async () => {
    const patientId = await patientWith(owner.client, {
      whatsapp: false,
      sms: true,
      phone: '9900112233',
    })
    const appointmentId = await book(owner.client, owner, patientId, nextSlot())
    const rows = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId,
    )
    expect(rows.map((row) => [row.kind, row.channel])).toEqual([
      ['appointment_confirmation', 'sms'],
      ['appointment_reminder', 'sms'],
      ['appointment_reminder', 'sms'],
    ])
    const confirmation = rows[0]
    await expect.poll(() => statusOf(confirmation?.id ?? ''), { timeout: 10_000 }).toBe('sent')
    const received = smsTo('9900112233')
    expect(received).toHaveLength(1)
    expect(received[0]?.text).toMatch(/^Fallback Dental: Hello Sunita Devi \d+, your appointment/)
    expect(rows.every((row) => row.contact_key === null)).toBe(true)

    // Withdrawing SMS consent cancels the queued SMS reminders.
    const withdrawn = await owner.client.post(`/api/v1/patients/${patientId}/consent/withdraw`, {
      items: ['channel.sms'],
      captureChannel: 'phone_call',
    })
    expect(withdrawn.status).toBe(201)
    const after = (await messagesOf(t, owner.clinicId)).filter(
      (row) => row.appointment_id === appointmentId && row.kind === 'appointment_reminder',
    )
    expect(after.map((row) => row.status)).toEqual(['cancelled', 'cancelled'])
  })

  it('email when that is the only channel agreed: the subject names the clinic and the message', async () => {
    const address = `patient.${Date.now()}@example.in`
    const patientId = await patientWith(owner.client, {
      whatsapp: false,
      email: true,
      emailAddress: address,
      language: 'hi',
    })
    const appointmentId = await book(owner.client, owner, patientId, nextSlot())
    const confirmation = (await messagesOf(t, owner.clinicId)).find(
      (row) => row.appointment_id === appointmentId && row.kind === 'appointment_confirmation',
    )
    expect(confirmation?.channel).toBe('email')
    await expect.poll(() => statusOf(confirmation?.id ?? ''), { timeout: 10_000 }).toBe('sent')
    const mail = (await listOutbox(t.deps.outboxDir as string, 100)).filter(
      (message) => message.to === address,
    )
    expect(mail).toHaveLength(1)
    expect(mail[0]?.subject).toBe('Fallback Dental: अपॉइंटमेंट बुक हुआ')
    expect(mail[0]?.text).toMatch(/^Fallback Dental: नमस्ते Sunita Devi \d+/)
    expect(mail[0]?.clinicId).toBe(owner.clinicId)
  })

  it('nothing is planned for a patient who agreed to no channel; an email patient without an address is skipped', async () => {
    const silent = await patientWith(owner.client, { whatsapp: false })
    const quiet = await book(owner.client, owner, silent, nextSlot())
    expect(
      (await messagesOf(t, owner.clinicId)).filter((row) => row.appointment_id === quiet),
    ).toEqual([])
    const noAddress = await patientWith(owner.client, { whatsapp: false, email: true })
    const visit = await book(owner.client, owner, noAddress, nextSlot())
    const confirmation = (await messagesOf(t, owner.clinicId)).find(
      (row) => row.appointment_id === visit && row.kind === 'appointment_confirmation',
    )
    await expect.poll(() => statusOf(confirmation?.id ?? ''), { timeout: 10_000 }).toBe('skipped')
    expect(
      (await messagesOf(t, owner.clinicId)).find((row) => row.id === confirmation?.id)?.skip_reason,
    ).toBe('no_email')
  })
})
