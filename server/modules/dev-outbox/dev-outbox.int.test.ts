import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createClient,
  ORIGIN,
  signUpClinic,
  type TestClient,
  uniqueEmail,
} from '../../../test/http-client.ts'
import { addStaff, invitationTokenFor } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

interface Listed {
  id: string
  to: string
  subject: string
}

/**
 * A request arriving on a socket from `address` (app.request() has no socket of its own), with
 * the client's cookies when given. Node's server puts the socket in the env the same way.
 */
function fromAddress(address: string, path: string, client?: TestClient, headers = {}) {
  const cookie = client ? [...client.cookies].map(([name, value]) => `${name}=${value}`) : []
  return t.app.request(
    `${ORIGIN}${path}`,
    { headers: { ...(cookie.length > 0 ? { Cookie: cookie.join('; ') } : {}), ...headers } },
    { incoming: { socket: { remoteAddress: address } } },
  )
}

async function listed(response: Response): Promise<Listed[]> {
  expect(response.status).toBe(200)
  return (await response.json()) as Listed[]
}

async function invite(owner: TestClient) {
  const email = uniqueEmail('invitee')
  const response = await owner.post('/api/v1/staff/invitations', { email, role: 'receptionist' })
  expect(response.status).toBe(201)
  // The worker sends it moments after the invite commits.
  await invitationTokenFor(t.deps.outboxDir ?? '', email)
  return email
}

describe('development outbox', () => {
  it('answers 401 to anyone without a session who is not on this machine', async () => {
    const owner = await signUpClinic(t.app)
    await invite(owner.client)
    const [message] = await listed(await owner.client.get('/api/v1/dev/outbox'))
    expect((await createClient(t.app).get('/api/v1/dev/outbox')).status).toBe(401)
    expect((await createClient(t.app).get(`/api/v1/dev/outbox/${message?.id}`)).status).toBe(401)
    expect((await fromAddress('192.168.1.20', '/api/v1/dev/outbox')).status).toBe(401)
    // A header the client writes itself proves nothing.
    const spoofed = await fromAddress('192.168.1.20', '/api/v1/dev/outbox', undefined, {
      'X-Forwarded-For': '127.0.0.1',
    })
    expect(spoofed.status).toBe(401)
  })

  it('answers 403 to receptionists and doctors', async () => {
    const owner = await signUpClinic(t.app)
    for (const role of ['receptionist', 'doctor'] as const) {
      const member = await addStaff(t.app, t.deps.outboxDir ?? '', owner.client, role)
      const [message] = await listed(await owner.client.get('/api/v1/dev/outbox'))
      expect((await member.client.get('/api/v1/dev/outbox')).status).toBe(403)
      expect((await member.client.get(`/api/v1/dev/outbox/${message?.id}`)).status).toBe(403)
    }
  })

  it("shows an owner or admin their own clinic's emails and none of another clinic's", async () => {
    const clinicA = await signUpClinic(t.app, 'Clinic A')
    const clinicB = await signUpClinic(t.app, 'Clinic B')
    const toA = await invite(clinicA.client)
    const toB = await invite(clinicB.client)
    const admin = await addStaff(t.app, t.deps.outboxDir ?? '', clinicA.client, 'admin')

    const seenByA = await listed(await clinicA.client.get('/api/v1/dev/outbox'))
    expect(seenByA.map((message) => message.to)).toContain(toA)
    expect(seenByA.map((message) => message.to)).not.toContain(toB)
    const seenByAdmin = await listed(await admin.client.get('/api/v1/dev/outbox'))
    expect(seenByAdmin.map((message) => message.to)).toContain(toA)

    const seenByB = await listed(await clinicB.client.get('/api/v1/dev/outbox'))
    expect(seenByB.map((message) => message.to)).toEqual([toB])
    const ofA = seenByA.find((message) => message.to === toA)
    expect((await clinicB.client.get(`/api/v1/dev/outbox/${ofA?.id}`)).status).toBe(404)
    expect((await clinicA.client.get(`/api/v1/dev/outbox/${ofA?.id}`)).status).toBe(200)
    // Even from this machine, another clinic's emails stay hidden.
    const localB = await listed(
      await fromAddress('127.0.0.1', '/api/v1/dev/outbox', clinicB.client),
    )
    expect(localB.map((message) => message.to)).not.toContain(toA)
  })

  it('shows platform emails (password resets) only to requests from loopback', async () => {
    const owner = await signUpClinic(t.app)
    const reset = await createClient(t.app).post('/api/v1/auth/password-reset', {
      email: owner.email,
    })
    expect(reset.status).toBe(202)
    const isReset = (message: Listed) => message.to === owner.email
    await expect
      .poll(async () =>
        (await listed(await fromAddress('127.0.0.1', '/api/v1/dev/outbox'))).some(isReset),
      )
      .toBe(true)
    const local = await listed(await fromAddress('::ffff:127.0.0.1', '/api/v1/dev/outbox'))
    const message = local.find(isReset)
    expect((await fromAddress('::1', `/api/v1/dev/outbox/${message?.id}`)).status).toBe(200)

    // Not over the network, not even to the owner of the account's clinic.
    const remote = await fromAddress('10.0.0.7', '/api/v1/dev/outbox', owner.client)
    expect((await listed(remote)).some(isReset)).toBe(false)
    expect((await owner.client.get(`/api/v1/dev/outbox/${message?.id}`)).status).toBe(404)
    const single = await fromAddress('10.0.0.7', `/api/v1/dev/outbox/${message?.id}`, owner.client)
    expect(single.status).toBe(404)
  })
})
