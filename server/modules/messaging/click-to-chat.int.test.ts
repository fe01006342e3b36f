import { readdir } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClickToChatDraft } from '../../../shared/contracts/messaging.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import {
  book,
  daysAhead,
  messagesOf,
  messagingClinic,
  type Owner,
  patientWith,
} from './messaging-test-helpers.ts'

let t: TestApp
let owner: Owner
beforeAll(async () => {
  t = await createTestApp()
  owner = await messagingClinic(t, 'Own Phone Dental')
  const saved = await owner.client.put('/api/v1/messaging/settings', {
    mode: 'click_to_chat',
    sendConfirmations: true,
    reminderMinutes: [1440],
    quietHours: { start: '00:00', end: '00:00' },
  })
  expect(saved.status).toBe(200)
})
afterAll(() => t.close())

let slot = 0
const nextSlot = () => new Date(daysAhead(t.clock(), 3).getTime() + ++slot * 3600_000)

async function drafts(): Promise<ClickToChatDraft[]> {
  const response = await owner.client.get('/api/v1/messaging/drafts')
  expect(response.status).toBe(200)
  return (await response.json()) as ClickToChatDraft[]
}

const whatsAppOutboxFiles = async () =>
  t.deps.whatsappOutboxDir ? (await readdir(t.deps.whatsappOutboxDir).catch(() => [])).length : 0

describe('click-to-chat drafts', () => {
  it('a booking drafts its confirmation for the clinic’s phone, in the patient’s language, and sends nothing itself', async () => {
    const patientId = await patientWith(owner.client, {
      whatsapp: true,
      language: 'hi',
      phone: '9812345670',
    })
    await book(owner.client, owner, patientId, nextSlot())
    const mine = (await drafts()).filter((draft) => draft.patientId === patientId)
    // The confirmation is due now; the reminder a day before the visit, not today.
    expect(mine.map((draft) => draft.kind)).toEqual(['appointment_confirmation'])
    const [draft] = mine
    expect(draft?.language).toBe('hi')
    expect(draft?.text).toMatch(/^Own Phone Dental: नमस्ते Sunita Devi \d+/)
    expect(draft?.link).toBe(
      `https://wa.me/919812345670?text=${encodeURIComponent(draft?.text ?? '')}`,
    )
    const rows = (await messagesOf(t, owner.clinicId)).filter((row) => row.patient_id === patientId)
    expect(rows.every((row) => row.provider === 'click_to_chat' && row.status === 'queued')).toBe(
      true,
    )
    // No job: nothing leaves through the server's own provider.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await whatsAppOutboxFiles()).toBe(0)
  })

  it('marking one sent records it with its text, once; it leaves the list', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    await book(owner.client, owner, patientId, nextSlot())
    const draft = (await drafts()).find((each) => each.patientId === patientId)
    if (!draft) throw new Error('no draft')
    const path = `/api/v1/messaging/drafts/${draft.messageId}/sent`
    expect((await owner.client.post(path)).status).toBe(204)
    expect((await owner.client.post(path)).status).toBe(204)
    expect((await drafts()).some((each) => each.messageId === draft.messageId)).toBe(false)
    const log = (await (
      await owner.client.get(`/api/v1/patients/${patientId}/messages`)
    ).json()) as {
      id: string
      status: string
      text: string | null
    }[]
    expect(log.find((message) => message.id === draft.messageId)).toMatchObject({
      status: 'sent',
      text: draft.text,
    })
  })

  it('a withdrawn consent takes the draft away; marking it then is 409; another clinic’s is 404', async () => {
    const patientId = await patientWith(owner.client, { whatsapp: true })
    await book(owner.client, owner, patientId, nextSlot())
    const draft = (await drafts()).find((each) => each.patientId === patientId)
    if (!draft) throw new Error('no draft')
    const withdrawn = await owner.client.post(`/api/v1/patients/${patientId}/consent/withdraw`, {
      items: ['channel.whatsapp'],
      captureChannel: 'phone_call',
    })
    expect(withdrawn.status).toBe(201)
    expect((await drafts()).some((each) => each.patientId === patientId)).toBe(false)
    const late = await owner.client.post(`/api/v1/messaging/drafts/${draft.messageId}/sent`)
    expect(late.status).toBe(409)

    const other = await messagingClinic(t, 'Other Phone Dental')
    const foreign = await other.client.post(`/api/v1/messaging/drafts/${draft.messageId}/sent`)
    expect(foreign.status).toBe(404)
  })

  it('are the front desk’s: a doctor is refused', async () => {
    const doctor = await addStaff(t.app, t.deps.outboxDir as string, owner.client, 'doctor')
    expect((await doctor.client.get('/api/v1/messaging/drafts')).status).toBe(403)
  })
})
