import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createClient,
  STRONG_PASSWORD,
  signUpClinic,
  uniqueEmail,
} from '../../../test/http-client.ts'
import { addStaff, invitationTokenFor } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { listOutbox } from '../../lib/email/outbox-provider.ts'

let t: TestApp
let outbox: string
beforeAll(async () => {
  t = await createTestApp()
  outbox = t.deps.outboxDir as string
})
afterAll(() => t.close())

const HOUR = 3_600_000

async function invite(owner: Awaited<ReturnType<typeof signUpClinic>>, role = 'receptionist') {
  const email = uniqueEmail(role)
  const response = await owner.client.post('/api/v1/staff/invitations', { email, role })
  expect(response.status).toBe(201)
  return {
    email,
    token: await invitationTokenFor(outbox, email),
    invitation: await response.json(),
  }
}

const membershipCount = (clinicId: string) =>
  t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM memberships WHERE clinic_id = ${clinicId}`.execute(tx)
    return rows[0]?.n ?? 0
  })

describe('invitations', () => {
  it('an invited receptionist accepts, is signed in, and appears in the staff list', async () => {
    const owner = await signUpClinic(t.app)
    const { email, token } = await invite(owner)
    const lookup = await createClient(t.app).post('/api/v1/auth/invitations/lookup', { token })
    expect(await lookup.json()).toMatchObject({
      email,
      role: 'receptionist',
      hasAccount: false,
      clinicName: 'Smile Dental Care',
    })
    const client = createClient(t.app)
    const accept = await client.post('/api/v1/auth/invitations/accept', {
      token,
      fullName: 'Meena',
      password: STRONG_PASSWORD,
    })
    expect(accept.status).toBe(201)
    expect((await accept.json()).role).toBe('receptionist')
    const staff = await (await owner.client.get('/api/v1/staff')).json()
    expect(staff).toContainEqual(
      expect.objectContaining({ email, fullName: 'Meena', role: 'receptionist', isActive: true }),
    )
  })

  it('sends the invitation email once the invitation is stored, also for a keyed create', async () => {
    const owner = await signUpClinic(t.app)
    const email = uniqueEmail('keyed')
    // The web app sends an Idempotency-Key with every create; a retry is answered, not re-sent.
    const headers = { 'Idempotency-Key': `invite-${email}` }
    const body = { email, role: 'receptionist' }
    const first = await owner.client.post('/api/v1/staff/invitations', body, headers)
    expect(first.status).toBe(201)
    expect(await invitationTokenFor(outbox, email)).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const retry = await owner.client.post('/api/v1/staff/invitations', body, headers)
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true')
    const sent = (await listOutbox(outbox, 200)).filter((message) => message.to === email)
    expect(sent).toHaveLength(1)
  })

  it('expire after 48 hours: 410, and nothing is created', async () => {
    const owner = await signUpClinic(t.app)
    const { token } = await invite(owner)
    t.clock.advance(47 * HOUR + 59 * 60_000)
    expect(
      (await createClient(t.app).post('/api/v1/auth/invitations/lookup', { token })).status,
    ).toBe(200)
    t.clock.advance(60_000)
    const before = await membershipCount(owner.clinicId)
    const accept = await createClient(t.app).post('/api/v1/auth/invitations/accept', {
      token,
      fullName: 'Late',
      password: STRONG_PASSWORD,
    })
    expect(accept.status).toBe(410)
    expect((await accept.json()).error.message).toMatch(/expired/)
    expect(await membershipCount(owner.clinicId)).toBe(before)
  })

  it('are single-use: a second acceptance is 410', async () => {
    const owner = await signUpClinic(t.app)
    const { token } = await invite(owner)
    const body = { token, fullName: 'Meena', password: STRONG_PASSWORD }
    expect((await createClient(t.app).post('/api/v1/auth/invitations/accept', body)).status).toBe(
      201,
    )
    expect((await createClient(t.app).post('/api/v1/auth/invitations/accept', body)).status).toBe(
      410,
    )
  })

  it('a withdrawn invitation no longer works', async () => {
    const owner = await signUpClinic(t.app)
    const { token, invitation } = await invite(owner)
    expect((await owner.client.delete(`/api/v1/staff/invitations/${invitation.id}`)).status).toBe(
      204,
    )
    expect(
      (await createClient(t.app).post('/api/v1/auth/invitations/lookup', { token })).status,
    ).toBe(410)
  })

  it('someone with an account at another clinic joins with their existing password', async () => {
    const first = await signUpClinic(t.app, 'First Clinic')
    const second = await signUpClinic(t.app, 'Second Clinic')
    const response = await second.client.post('/api/v1/staff/invitations', {
      email: first.email,
      role: 'doctor',
    })
    expect(response.status).toBe(201)
    const token = await invitationTokenFor(outbox, first.email)
    expect(
      (await (await createClient(t.app).post('/api/v1/auth/invitations/lookup', { token })).json())
        .hasAccount,
    ).toBe(true)
    const wrong = await createClient(t.app).post('/api/v1/auth/invitations/accept', {
      token,
      password: 'not my password at all',
    })
    expect(wrong.status).toBe(401)
    const accept = await createClient(t.app).post('/api/v1/auth/invitations/accept', {
      token,
      password: first.password,
    })
    expect(accept.status).toBe(201)
    const choose = await createClient(t.app).post('/api/v1/auth/login', {
      email: first.email,
      password: first.password,
    })
    expect(choose.status).toBe(409)
    const { clinics } = await choose.json()
    expect(clinics.map((clinic: { name: string }) => clinic.name).sort()).toEqual([
      'First Clinic',
      'Second Clinic',
    ])
    const chosen = await createClient(t.app).post('/api/v1/auth/login', {
      email: first.email,
      password: first.password,
      clinicId: second.clinicId,
    })
    expect(await chosen.json()).toMatchObject({ role: 'doctor', clinic: { name: 'Second Clinic' } })
  })

  it('bad input is a 400 naming the field, and sends nothing', async () => {
    const owner = await signUpClinic(t.app)
    const badEmail = await owner.client.post('/api/v1/staff/invitations', {
      email: 'nope',
      role: 'doctor',
    })
    expect((await badEmail.json()).error.field).toBe('email')
    const badRole = await owner.client.post('/api/v1/staff/invitations', {
      email: uniqueEmail(),
      role: 'janitor',
    })
    expect((await badRole.json()).error.field).toBe('role')
    const badToken = await createClient(t.app).post('/api/v1/auth/invitations/lookup', {
      token: 'x'.repeat(43),
    })
    expect(badToken.status).toBe(400)
    expect((await badToken.json()).error.field).toBe('token')
  })
})

describe('managing staff', () => {
  it('deactivation takes effect on the very next request', async () => {
    const owner = await signUpClinic(t.app)
    const receptionist = await addStaff(t.app, outbox, owner.client, 'receptionist')
    expect((await receptionist.client.get('/api/v1/me')).status).toBe(200)
    const staff = await (await owner.client.get('/api/v1/staff')).json()
    const member = staff.find((row: { email: string }) => row.email === receptionist.email)
    expect((await owner.client.post(`/api/v1/staff/${member.id}/deactivate`)).status).toBe(200)
    expect((await receptionist.client.get('/api/v1/me')).status).toBe(401)
    const login = await createClient(t.app).post('/api/v1/auth/login', {
      email: receptionist.email,
      password: receptionist.password,
    })
    expect(login.status).toBe(401)
  })

  it('a role change ends the member’s sessions and applies at once', async () => {
    const owner = await signUpClinic(t.app)
    const admin = await addStaff(t.app, outbox, owner.client, 'admin')
    expect((await admin.client.get('/api/v1/staff')).status).toBe(200)
    const staff = await (await owner.client.get('/api/v1/staff')).json()
    const member = staff.find((row: { email: string }) => row.email === admin.email)
    const change = await owner.client.patch(`/api/v1/staff/${member.id}`, { role: 'receptionist' })
    expect(change.status).toBe(200)
    expect((await admin.client.get('/api/v1/staff')).status).toBe(401)
    const again = createClient(t.app)
    await again.post('/api/v1/auth/login', { email: admin.email, password: admin.password })
    expect((await again.get('/api/v1/staff')).status).toBe(403)
  })

  it('an admin cannot invite or promote to admin or owner, and nothing changes', async () => {
    const owner = await signUpClinic(t.app)
    const admin = await addStaff(t.app, outbox, owner.client, 'admin')
    const doctor = await addStaff(t.app, outbox, owner.client, 'doctor')
    for (const role of ['admin', 'owner']) {
      const response = await admin.client.post('/api/v1/staff/invitations', {
        email: uniqueEmail(),
        role,
      })
      expect(response.status).toBe(403)
    }
    const staff = await (await admin.client.get('/api/v1/staff')).json()
    const doctorRow = staff.find((row: { email: string }) => row.email === doctor.email)
    const ownerRow = staff.find((row: { role: string }) => row.role === 'owner')
    expect(
      (await admin.client.patch(`/api/v1/staff/${doctorRow.id}`, { role: 'admin' })).status,
    ).toBe(403)
    expect((await admin.client.post(`/api/v1/staff/${ownerRow.id}/deactivate`)).status).toBe(403)
    const after = await (await owner.client.get('/api/v1/staff')).json()
    expect(after.find((row: { email: string }) => row.email === doctor.email).role).toBe('doctor')
    expect(after.find((row: { role: string }) => row.role === 'owner').isActive).toBe(true)
  })

  it('the last owner cannot be demoted, and nobody changes their own role', async () => {
    const owner = await signUpClinic(t.app)
    const staff = await (await owner.client.get('/api/v1/staff')).json()
    const self = staff[0]
    expect((await owner.client.patch(`/api/v1/staff/${self.id}`, { role: 'admin' })).status).toBe(
      403,
    )
    expect((await owner.client.post(`/api/v1/staff/${self.id}/deactivate`)).status).toBe(403)
  })

  it('a doctor’s qualification, registration number and council are kept', async () => {
    const owner = await signUpClinic(t.app)
    const email = uniqueEmail('doctor')
    await owner.client.post('/api/v1/staff/invitations', {
      email,
      role: 'doctor',
      qualification: 'BDS, MDS (Endodontics)',
      registrationNumber: 'A-12345',
      registrationCouncil: 'Karnataka State Dental Council',
    })
    const token = await invitationTokenFor(outbox, email)
    await createClient(t.app).post('/api/v1/auth/invitations/accept', {
      token,
      fullName: 'Dr Vikram',
      password: STRONG_PASSWORD,
    })
    const staff = await (await owner.client.get('/api/v1/staff')).json()
    expect(staff.find((row: { email: string }) => row.email === email)).toMatchObject({
      qualification: 'BDS, MDS (Endodontics)',
      registrationNumber: 'A-12345',
      registrationCouncil: 'Karnataka State Dental Council',
    })
  })

  it('clinic B cannot see or touch clinic A’s staff through the API', async () => {
    const a = await signUpClinic(t.app, 'Clinic A')
    const b = await signUpClinic(t.app, 'Clinic B')
    const aStaff = await (await a.client.get('/api/v1/staff')).json()
    const bStaff = await (await b.client.get('/api/v1/staff')).json()
    expect(bStaff.map((row: { email: string }) => row.email)).not.toContain(a.email)
    const target = aStaff[0].id
    expect(
      (await b.client.patch(`/api/v1/staff/${target}`, { registrationNumber: 'X' })).status,
    ).toBe(404)
    expect((await b.client.post(`/api/v1/staff/${target}/deactivate`)).status).toBe(404)
    const { invitation } = await invite(a)
    expect((await b.client.delete(`/api/v1/staff/invitations/${invitation.id}`)).status).toBe(404)
    const aInvitations = await (await a.client.get('/api/v1/staff/invitations')).json()
    expect(aInvitations.find((row: { id: string }) => row.id === invitation.id).status).toBe(
      'pending',
    )
  })
})
