import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import {
  acceptInDatabase,
  itemPath,
  patientOnCareTeam,
  planOf,
  plansClinic,
  plansPath,
} from './plans-test-helpers.ts'

let t: TestApp
let clinic: Awaited<ReturnType<typeof plansClinic>>
const as = (role: Role) => clinic.person(role).client

const asInDatabase = (role: Role, work: (tx: Tx) => Promise<unknown>) =>
  inDatabaseAs(
    t.database.db,
    { clinicId: clinic.clinicId, userId: clinic.person(role).userId },
    work,
  )
const countPlans = (patientId: string) => async (tx: Tx) => {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM treatment_plans WHERE patient_id = ${patientId}`.execute(tx)
  return rows[0]?.n
}
const insertPlan = (patientId: string, userId: string) => async (tx: Tx) => {
  await sql`
    INSERT INTO treatment_plans (clinic_id, patient_id, title, doctor_id, created_by)
    VALUES (${clinic.clinicId}, ${patientId}, 'Direct', ${clinic.person('doctor').userId}, ${userId})`.execute(
    tx,
  )
  return 'inserted'
}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  clinic = await plansClinic(t)
}, 120_000)
afterAll(() => t.close())

describe('who may plan', () => {
  it('owner, admin and the doctor on the care team write; the assistant reads; receptionist and accountant get 403 and the database refuses', async () => {
    const patientId = await patientOnCareTeam(clinic.owner, [
      clinic.person('doctor'),
      clinic.person('assistant'),
    ])
    for (const role of ['owner', 'admin', 'doctor'] as const) {
      const plan = await planOf(await as(role).post(plansPath(patientId), { title: role }), 201)
      await planOf(
        await as(role).post(`${plansPath(patientId)}/${plan.id}/items`, {
          procedureId: clinic.procedure('EXT'),
          teeth: [18],
        }),
        201,
      )
    }
    const [plan] = (
      (await (await as('assistant').get(plansPath(patientId))).json()) as {
        plans: { id: string; doctorName: string; items: { id: string }[] }[]
      }
    ).plans
    if (!plan) throw new Error('a plan expected')
    // The assistant cannot read colleagues' user rows, yet sees who the plan's doctor is.
    expect(plan.doctorName).not.toBe('')
    expect((await as('assistant').get(`${plansPath(patientId)}/${plan.id}`)).status).toBe(200)
    const before = await asInDatabase('owner', countPlans(patientId))
    const writes = (role: Role) => [
      as(role).post(plansPath(patientId), { title: 'x' }),
      as(role).patch(`${plansPath(patientId)}/${plan.id}`, { title: 'x' }),
      as(role).post(`${plansPath(patientId)}/${plan.id}/items`, {
        procedureId: clinic.procedure('EXT'),
        teeth: [28],
      }),
      as(role).delete(itemPath(patientId, plan.id, plan.items[0]?.id as string)),
      as(role).post(`${plansPath(patientId)}/${plan.id}/decline`, {}),
    ]
    for (const role of ['assistant', 'receptionist', 'accountant'] as const) {
      expect(
        (await Promise.all(writes(role))).map((answer) => answer.status),
        role,
      ).toEqual([403, 403, 403, 403, 403])
      expect(
        await asInDatabase(role, insertPlan(patientId, clinic.person(role).userId)),
        role,
      ).toBe('refused')
    }
    for (const role of ['receptionist', 'accountant'] as const) {
      expect((await as(role).get(plansPath(patientId))).status, role).toBe(403)
      expect((await as(role).get(`${plansPath(patientId)}/${plan.id}`)).status, role).toBe(403)
      expect(await asInDatabase(role, countPlans(patientId)), role).toBe(0)
    }
    expect(await asInDatabase('owner', countPlans(patientId))).toBe(before)
  })

  it('a doctor not on the care team gets 403, and the database refuses', async () => {
    const patientId = await patientOnCareTeam(clinic.owner, [])
    expect((await as('doctor').get(plansPath(patientId))).status).toBe(403)
    expect((await as('doctor').post(plansPath(patientId), { title: 'x' })).status).toBe(403)
    expect(
      await asInDatabase('doctor', insertPlan(patientId, clinic.person('doctor').userId)),
    ).toBe('refused')
  })

  it('records reads of plans in the audit log', async () => {
    const patientId = await patientOnCareTeam(clinic.owner, [])
    const plan = await planOf(
      await clinic.owner.post(plansPath(patientId), { title: 'Audit' }),
      201,
    )
    await clinic.owner.get(plansPath(patientId))
    await clinic.owner.get(`${plansPath(patientId)}/${plan.id}`)
    const actions = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ action: string }>`
        SELECT action FROM audit_events
        WHERE clinic_id = ${clinic.clinicId} AND patient_id = ${patientId}
          AND table_name = 'treatment_plans' ORDER BY id`.execute(tx)
      return rows.map((row) => row.action)
    })
    expect(actions).toEqual(['insert', 'read', 'read'])
  })

  it('another clinic gets 404 on every route, and nothing changes', async () => {
    const patientId = await patientOnCareTeam(clinic.owner, [])
    const plan = await planOf(await clinic.owner.post(plansPath(patientId), { title: 'Ours' }), 201)
    const withItem = await planOf(
      await clinic.owner.post(`${plansPath(patientId)}/${plan.id}/items`, {
        procedureId: clinic.procedure('RCT-M'),
        teeth: [36],
      }),
      201,
    )
    const itemId = withItem.items[0]?.id as string
    await acceptInDatabase(t, clinic.ownerContext, plan.id)
    const before = await planOf(await clinic.owner.get(`${plansPath(patientId)}/${plan.id}`))
    const other = (await signUpClinic(t.app)).client
    const path = `${plansPath(patientId)}/${plan.id}`
    const answers = [
      await other.get(plansPath(patientId)),
      await other.post(plansPath(patientId), { title: 'Theirs' }),
      await other.get(path),
      await other.patch(path, { title: 'Theirs' }),
      await other.post(`${path}/items`, { procedureId: clinic.procedure('EXT'), teeth: [18] }),
      await other.patch(itemPath(patientId, plan.id, itemId), { phase: 'urgent' }),
      await other.delete(itemPath(patientId, plan.id, itemId)),
      await other.post(`${itemPath(patientId, plan.id, itemId)}/sittings`, { workDone: 'x' }),
      await other.post(`${itemPath(patientId, plan.id, itemId)}/cancel`, {}),
      await other.post(`${path}/decline`, {}),
      await other.post(`${path}/cancel`, {}),
      await other.post(`${path}/revise`, {}),
    ]
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(404))
    expect(await planOf(await clinic.owner.get(path))).toEqual(before)
  })

  it('a plan of another patient of the same clinic is 404', async () => {
    const first = await patientOnCareTeam(clinic.owner, [])
    const second = await patientOnCareTeam(clinic.owner, [])
    const plan = await planOf(await clinic.owner.post(plansPath(first), { title: 'First' }), 201)
    expect((await clinic.owner.get(`${plansPath(second)}/${plan.id}`)).status).toBe(404)
    const added = await clinic.owner.post(`${plansPath(second)}/${plan.id}/items`, {
      procedureId: clinic.procedure('EXT'),
      teeth: [18],
    })
    expect(added.status).toBe(404)
  })
})
