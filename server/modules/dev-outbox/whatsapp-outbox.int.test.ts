import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WhatsAppOutboxMessage } from '../../../shared/contracts/dev-outbox.ts'
import { createClient, ORIGIN, type TestClient } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { writeOutboxFile } from '../../lib/outbox-file.ts'
import {
  book,
  daysAhead,
  messagingClinic,
  type Owner,
  patientWith,
} from '../messaging/messaging-test-helpers.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const PATH = '/api/v1/dev/outbox/whatsapp'

async function listed(client: TestClient): Promise<WhatsAppOutboxMessage[]> {
  const response = await client.get(PATH)
  expect(response.status).toBe(200)
  return (await response.json()) as WhatsAppOutboxMessage[]
}

/** A consenting patient booked three days ahead: the worker sends the confirmation at once. */
async function bookWithConfirmation(owner: Owner) {
  const patientId = await patientWith(owner.client, { whatsapp: true })
  await book(owner.client, owner, patientId, daysAhead(t.clock(), 3))
}

/** From this machine's loopback, as the email outbox lets platform emails through. */
function fromLoopback(client?: TestClient) {
  const cookie = client ? [...client.cookies].map(([name, value]) => `${name}=${value}`) : []
  return t.app.request(
    `${ORIGIN}${PATH}`,
    { headers: cookie.length > 0 ? { Cookie: cookie.join('; ') } : {} },
    { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
  )
}

describe('development outbox: WhatsApp messages', () => {
  it('answers 401 to anyone without a session, even on this machine', async () => {
    const owner = await messagingClinic(t)
    await bookWithConfirmation(owner)
    expect((await createClient(t.app).get(PATH)).status).toBe(401)
    expect((await fromLoopback()).status).toBe(401)
  })

  it('answers 403 to receptionists and doctors', async () => {
    const owner = await messagingClinic(t)
    for (const role of ['receptionist', 'doctor'] as const) {
      const member = await addStaff(t.app, t.deps.outboxDir ?? '', owner.client, role)
      expect((await member.client.get(PATH)).status).toBe(403)
    }
  })

  it("shows an owner or admin their own clinic's messages, masked, and never another clinic's", async () => {
    const clinicA = await messagingClinic(t, 'Clinic A')
    const clinicB = await messagingClinic(t, 'Clinic B')
    await bookWithConfirmation(clinicA)
    await bookWithConfirmation(clinicB)
    const isFrom = (clinic: string) => (message: WhatsAppOutboxMessage) =>
      message.text.startsWith(`${clinic}:`)

    await expect
      .poll(async () => (await listed(clinicA.client)).some(isFrom('Clinic A')), {
        timeout: 10_000,
      })
      .toBe(true)
    await expect
      .poll(async () => (await listed(clinicB.client)).some(isFrom('Clinic B')), {
        timeout: 10_000,
      })
      .toBe(true)

    const seenByA = await listed(clinicA.client)
    const seenByB = await listed(clinicB.client)
    expect(seenByA.some(isFrom('Clinic B'))).toBe(false)
    expect(seenByB.some(isFrom('Clinic A'))).toBe(false)
    expect(seenByB.every(isFrom('Clinic B'))).toBe(true)
    // Even from this machine, another clinic's messages stay hidden.
    const localB = (await (await fromLoopback(clinicB.client)).json()) as WhatsAppOutboxMessage[]
    expect(localB.some(isFrom('Clinic A'))).toBe(false)

    const [message] = seenByA
    expect(message).toMatchObject({
      to: expect.stringMatching(/^\+91 98xxx xx\d{3}$/),
      templateName: 'appointment_confirmation',
      language: 'en',
    })
    // The callback data (clinic and message ids) stays on the server.
    expect(Object.keys(message ?? {}).sort()).toEqual(
      ['createdAt', 'document', 'id', 'language', 'templateName', 'text', 'to'].sort(),
    )
    const admin = await addStaff(t.app, t.deps.outboxDir ?? '', clinicA.client, 'admin')
    expect((await listed(admin.client)).map((each) => each.id)).toContain(message?.id)
  })

  it('shows nobody a message whose callback data names no clinic', async () => {
    const owner = await messagingClinic(t)
    const stray = {
      id: randomUUID(),
      channel: 'whatsapp',
      to: '9876543210',
      templateName: null,
      language: null,
      text: 'A message written by hand',
      callbackData: `nrm:${owner.clinicId}`,
      createdAt: new Date().toISOString(),
    }
    await writeOutboxFile(t.deps.whatsappOutboxDir ?? '', stray)
    expect((await listed(owner.client)).map((each) => each.id)).not.toContain(stray.id)
  })
})
