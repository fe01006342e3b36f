import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NotBookedList, Plan } from '../../../shared/contracts/plans.ts'
import { createClient, STRONG_PASSWORD, signUpClinic } from '../../../test/http-client.ts'
import {
  NOW,
  type SchedulingClinic,
  schedulingClinic,
  tuesday,
} from '../../../test/scheduling-clinic.ts'
import {
  accept,
  addItems,
  addToCareTeam,
  createPlan,
  procedureIds,
} from './acceptance-test-helpers.ts'

let s: SchedulingClinic
let codes: Record<string, string> = {}
/** Accepted: RCT on 36 (₹6,500, exempt) and whitening (₹18,000 + 5% GST = ₹18,900). */
let small = { patientId: '', planId: '' }
/** Accepted: an implant on 46 (₹35,000). */
let large = { patientId: '', planId: '' }

const listAs = async (client: SchedulingClinic['owner']['client'], query = '') => {
  const response = await client.get(`/api/v1/plans/not-booked${query}`)
  expect(response.status).toBe(200)
  return (await response.json()) as NotBookedList
}
const rowOf = (list: NotBookedList, planId: string) =>
  list.rows.find((row) => row.planId === planId)
const deferralsPath = (target: { patientId: string; planId: string }) =>
  `/api/v1/patients/${target.patientId}/plans/${target.planId}/deferrals`

async function acceptedPlan(name: string, items: Record<string, unknown>[]) {
  const patientId = await s.patient(name)
  await addToCareTeam(s.owner.client, patientId, s.doctor.userId)
  await addToCareTeam(s.owner.client, patientId, s.assistant.userId)
  const plan = await createPlan(s.doctor.client, patientId, { title: `${name} plan` })
  for (const item of items) await addItems(s.doctor.client, patientId, plan.id, item)
  const response = await accept(s.doctor.client, patientId, plan.id)
  expect(response.status, await response.clone().text()).toBe(201)
  return { patientId, planId: plan.id }
}

beforeAll(async () => {
  s = await schedulingClinic()
  codes = await procedureIds(s.t, s.clinicId)
  small = await acceptedPlan('Small Plan', [
    { procedureId: codes['RCT-M'], teeth: [36] },
    { procedureId: codes.WHITEN },
  ])
  large = await acceptedPlan('Large Plan', [{ procedureId: codes.IMPL, teeth: [46] }])
}, 180_000)
afterAll(() => s.t.close())

describe('accepted but not booked', () => {
  it('lists accepted plans with no appointment to come, largest value first', async () => {
    const list = await listAs(s.doctor.client)
    const mine = list.rows.filter((row) => [small.planId, large.planId].includes(row.planId))
    expect(mine.map((row) => row.planId)).toEqual([large.planId, small.planId])
    expect(rowOf(list, small.planId)).toMatchObject({
      patientId: small.patientId,
      planTitle: 'Small Plan plan',
      doctorId: s.doctor.userId,
      doctorName: 'Test doctor',
      valuePaise: 650_000 + 1_890_000,
      openItems: 2,
      acceptedAt: NOW.toISOString(),
      ageDays: 0,
      lastDeferral: null,
    })
    expect(list.totalValuePaise).toBe(list.rows.reduce((sum, row) => sum + row.valuePaise, 0))
  })

  it('does not list a proposed plan', async () => {
    const patientId = await s.patient('Only Proposed')
    await addToCareTeam(s.owner.client, patientId, s.doctor.userId)
    const plan = await createPlan(s.doctor.client, patientId, { title: 'Not yet' })
    await addItems(s.doctor.client, patientId, plan.id, { procedureId: codes.SCALE })
    expect(rowOf(await listAs(s.owner.client), plan.id)).toBeUndefined()
  })

  it('filters by doctor', async () => {
    expect(
      rowOf(await listAs(s.owner.client, `?doctorId=${s.doctor.userId}`), small.planId),
    ).toBeDefined()
    expect(
      rowOf(await listAs(s.owner.client, `?doctorId=${s.doctor2.userId}`), small.planId),
    ).toBeUndefined()
  })

  it('follows care teams: assistants on the team see it, other doctors do not, front desk gets 403', async () => {
    expect(rowOf(await listAs(s.assistant.client), small.planId)).toBeDefined()
    expect(rowOf(await listAs(s.doctor2.client), small.planId)).toBeUndefined()
    for (const client of [s.reception.client, s.accountant.client]) {
      expect((await client.get('/api/v1/plans/not-booked')).status).toBe(403)
    }
    const other = await signUpClinic(s.t.app, 'Other Clinic')
    expect((await listAs(other.client)).rows).toEqual([])
  })

  it('records deferrals; the latest shows on the list', async () => {
    const first = await s.doctor.client.post(deferralsPath(small), {
      reason: 'cost',
      note: 'Will come after Diwali bonus',
      followUpOn: '2026-12-15',
    })
    expect(first.status).toBe(201)
    expect(await first.json()).toMatchObject({
      planId: small.planId,
      reason: 'cost',
      followUpOn: '2026-12-15',
      recordedBy: s.doctor.userId,
    })
    s.t.clock.advance(60_000)
    const second = await s.owner.client.post(deferralsPath(small), { reason: 'fear' })
    expect(second.status).toBe(201)
    const row = rowOf(await listAs(s.doctor.client), small.planId)
    expect(row?.lastDeferral).toMatchObject({ reason: 'fear', followUpOn: null, note: null })
  })

  it('refuses bad deferrals, naming the field, and changes nothing', async () => {
    const past = await s.doctor.client.post(deferralsPath(small), {
      reason: 'time',
      followUpOn: '2026-11-01',
    })
    expect(past.status).toBe(400)
    expect(((await past.json()) as { error: { field: string } }).error.field).toBe('followUpOn')
    const badReason = await s.doctor.client.post(deferralsPath(small), { reason: 'weather' })
    expect(badReason.status).toBe(400)
    expect((await s.assistant.client.post(deferralsPath(small), { reason: 'time' })).status).toBe(
      403,
    )
    expect((await s.reception.client.post(deferralsPath(small), { reason: 'time' })).status).toBe(
      403,
    )
    const other = await signUpClinic(s.t.app, 'Other Clinic')
    expect((await other.client.post(deferralsPath(small), { reason: 'time' })).status).toBe(404)

    const patientId = await s.patient('Proposed Only')
    await addToCareTeam(s.owner.client, patientId, s.doctor.userId)
    const plan: Plan = await createPlan(s.doctor.client, patientId, { title: 'Proposed' })
    await addItems(s.doctor.client, patientId, plan.id, { procedureId: codes.SCALE })
    const proposed = await s.doctor.client.post(deferralsPath({ patientId, planId: plan.id }), {
      reason: 'cost',
    })
    expect(proposed.status).toBe(409)
  })

  it('counts only what is still to do', async () => {
    const items = (
      (await (
        await s.doctor.client.get(`/api/v1/patients/${small.patientId}/plans/${small.planId}`)
      ).json()) as Plan
    ).items
    const rct = items.find((item) => item.code === 'RCT-M')
    const sitting = await s.doctor.client.post(
      `/api/v1/patients/${small.patientId}/plans/${small.planId}/items/${rct?.id}/sittings`,
      { workDone: 'Obturation', completesItem: true },
    )
    expect(sitting.status, await sitting.clone().text()).toBe(201)
    expect(rowOf(await listAs(s.doctor.client), small.planId)).toMatchObject({
      valuePaise: 1_890_000,
      openItems: 1,
    })
  })
  it('drops a patient booked with any doctor, and lists them again once that visit has passed', async () => {
    // Booked with the other doctor, whose appointments this doctor cannot see.
    const booked = await s.reception.client.post('/api/v1/appointments', {
      patientId: large.patientId,
      doctorUserId: s.doctor2.userId,
      startsAt: tuesday('10:00'),
      durationMinutes: 30,
    })
    expect(booked.status).toBe(201)
    expect(rowOf(await listAs(s.doctor.client), large.planId)).toBeUndefined()
    expect(rowOf(await listAs(s.owner.client), large.planId)).toBeUndefined()
    expect(rowOf(await listAs(s.doctor.client), small.planId)).toBeDefined()

    // Thursday 26 November, 09:00 in Kolkata: the Tuesday visit is over (never marked done).
    s.t.clock.set(new Date('2026-11-26T03:30:00Z'))
    const doctor = createClient(s.t.app)
    const signIn = await doctor.post('/api/v1/auth/login', {
      // addStaff returns the e-mail too; SchedulingClinic's type leaves it out.
      email: (s.doctor as unknown as { email: string }).email,
      password: STRONG_PASSWORD,
    })
    expect(signIn.status).toBe(200)
    const again = rowOf(await listAs(doctor), large.planId)
    expect(again).toMatchObject({ ageDays: 3, valuePaise: 3_500_000 })
  })
})
