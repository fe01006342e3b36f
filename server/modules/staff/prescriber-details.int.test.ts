import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

// What prescriptions and certificates print under the prescriber's name (Telemedicine Practice
// Guidelines 2020, Appendix 5): set by the owner, read back by everyone with the staff list
// and by the doctor on their own profile.

let t: TestApp
let outbox: string
beforeAll(async () => {
  t = await createTestApp()
  outbox = t.deps.outboxDir as string
})
afterAll(() => t.close())

async function clinicWithDoctor() {
  const owner = await signUpClinic(t.app)
  const doctor = await addStaff(t.app, outbox, owner.client, 'doctor')
  const staff = await (await owner.client.get('/api/v1/staff')).json()
  const member = staff.find((row: { userId: string }) => row.userId === doctor.userId)
  return { owner, doctor, membershipId: member.id as string }
}

const details = {
  qualification: 'BDS, MDS (Oral Medicine)',
  registrationCouncil: 'Dental Council of India',
  registrationNumber: 'DCI-98765',
}

describe('prescriber details', () => {
  it('the owner sets qualification and council; the staff list and the doctor read them back', async () => {
    const { owner, doctor, membershipId } = await clinicWithDoctor()
    const changed = await owner.client.patch(`/api/v1/staff/${membershipId}`, details)
    expect(changed.status).toBe(200)
    expect(await changed.json()).toMatchObject(details)
    const staff = await (await owner.client.get('/api/v1/staff')).json()
    expect(staff.find((row: { id: string }) => row.id === membershipId)).toMatchObject(details)
    const mine = await doctor.client.get('/api/v1/staff/me')
    expect(mine.status).toBe(200)
    expect(await mine.json()).toMatchObject({ id: membershipId, role: 'doctor', ...details })
  })

  it('an owner who practises sets their own details, but not their own role', async () => {
    const owner = await signUpClinic(t.app)
    const me = await (await owner.client.get('/api/v1/staff/me')).json()
    const own = await owner.client.patch(`/api/v1/staff/${me.id}`, details)
    expect(own.status).toBe(200)
    expect(await (await owner.client.get('/api/v1/staff/me')).json()).toMatchObject({
      role: 'owner',
      ...details,
    })
    const role = await owner.client.patch(`/api/v1/staff/${me.id}`, { role: 'doctor' })
    expect(role.status).toBe(403)
  })

  it('null clears a value and leaves the others', async () => {
    const { owner, membershipId } = await clinicWithDoctor()
    await owner.client.patch(`/api/v1/staff/${membershipId}`, details)
    const cleared = await owner.client.patch(`/api/v1/staff/${membershipId}`, {
      qualification: null,
    })
    expect(await cleared.json()).toMatchObject({
      qualification: null,
      registrationCouncil: details.registrationCouncil,
      registrationNumber: details.registrationNumber,
    })
  })

  it('a receptionist cannot set them, nor can the doctor set their own', async () => {
    const { owner, doctor, membershipId } = await clinicWithDoctor()
    const receptionist = await addStaff(t.app, outbox, owner.client, 'receptionist')
    const patch = { qualification: 'MBBS' }
    expect((await receptionist.client.patch(`/api/v1/staff/${membershipId}`, patch)).status).toBe(
      403,
    )
    expect((await doctor.client.patch(`/api/v1/staff/${membershipId}`, patch)).status).toBe(403)
    const mine = await (await doctor.client.get('/api/v1/staff/me')).json()
    expect(mine.qualification).toBeNull()
    // Everyone reads only their own membership.
    const own = await (await receptionist.client.get('/api/v1/staff/me')).json()
    expect(own).toMatchObject({ userId: receptionist.userId, role: 'receptionist' })
  })

  it.each([
    ['qualification', 'x'.repeat(201)],
    ['qualification', '   '],
    ['registrationCouncil', 'x'.repeat(201)],
    ['registrationCouncil', 42],
  ])('bad %s is a 400 naming the field', async (field, value) => {
    const { owner, membershipId } = await clinicWithDoctor()
    const response = await owner.client.patch(`/api/v1/staff/${membershipId}`, {
      [field]: value,
    })
    expect(response.status).toBe(400)
    expect((await response.json()).error.field).toBe(field)
  })

  it('a bad qualification on an invitation is a 400 naming the field', async () => {
    const owner = await signUpClinic(t.app)
    const response = await owner.client.post('/api/v1/staff/invitations', {
      email: 'new.doctor@example.in',
      role: 'doctor',
      qualification: 'x'.repeat(201),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).error.field).toBe('qualification')
  })
})
