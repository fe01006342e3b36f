import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Tx } from '../../db/with-clinic.ts'

let t: TestApp
let clinicId = ''
let owner: { client: TestClient; userId: string }
const staff = new Map<string, { client: TestClient; userId: string }>()
const READ_ONLY = ['doctor', 'assistant', 'receptionist', 'accountant'] as const
/** One of each, made by the owner: chair, type, rule, exception, and the doctor's hours. */
const ids = { chair: '', type: '', rule: '', exception: '', branch: '' }
const WEEK = { week: [{ weekday: 1, sessions: [{ start: '09:00', end: '13:00' }] }] }
const person = (role: string) => staff.get(role) as { client: TestClient; userId: string }
const base = '/api/v1/schedule'
const idOf = async (response: Response) => ((await response.json()) as { id: string }).id

beforeAll(async () => {
  t = await createTestApp()
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  owner = signedUp
  for (const role of READ_ONLY) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, owner.client, role))
  }
  const chair = await owner.client.post(`${base}/chairs`, { name: 'Chair 1' })
  const chairBody = (await chair.json()) as { id: string; branchId: string }
  ids.chair = chairBody.id
  ids.branch = chairBody.branchId
  const type = { name: 'Consultation', defaultMinutes: 15, colour: '#3182ce' }
  ids.type = await idOf(await owner.client.post(`${base}/appointment-types`, type))
  const rule = { name: 'Recall', intervalMonths: 6, afterTypeId: ids.type }
  ids.rule = await idOf(await owner.client.post(`${base}/recall-rules`, rule))
  const leave = { doctorUserId: person('doctor').userId, kind: 'leave' }
  const exception = { ...leave, from: '2026-11-24', to: '2026-11-24' }
  ids.exception = await idOf(await owner.client.post(`${base}/exceptions`, exception))
  await owner.client.put(`${base}/doctors/${person('doctor').userId}/hours`, WEEK)
}, 180_000)
afterAll(() => t.close())

const reads = () => [
  '/chairs',
  '/appointment-types',
  '/recall-rules',
  '/doctors',
  `/doctors/${person('doctor').userId}/hours`,
  '/exceptions?from=2026-11-24&to=2026-11-24',
]
const changes = (client: TestClient) => [
  client.post(`${base}/chairs`, { name: 'Chair 2' }),
  client.patch(`${base}/chairs/${ids.chair}`, { name: 'Renamed' }),
  client.post(`${base}/appointment-types`, { name: 'X', defaultMinutes: 5, colour: '#000000' }),
  client.patch(`${base}/appointment-types/${ids.type}`, { name: 'Renamed' }),
  client.post(`${base}/recall-rules`, { name: 'X', intervalMonths: 1 }),
  client.patch(`${base}/recall-rules/${ids.rule}`, { intervalMonths: 1 }),
  client.put(`${base}/doctors/${person('doctor').userId}/hours`, { week: [] }),
  client.post(`${base}/exceptions`, {
    doctorUserId: null,
    kind: 'holiday',
    from: '2026-11-25',
    to: '2026-11-25',
  }),
  client.delete(`${base}/exceptions/${ids.exception}`),
]
/** What the owner sees: the same before and after the refused changes. */
const snapshot = async (client = owner.client) =>
  Promise.all(reads().map(async (path) => (await client.get(`${base}${path}`)).json()))

describe('who may change the scheduling set-up', () => {
  it('everyone reads it; doctors, assistants, receptionists and accountants get 403 on every change', async () => {
    const before = await snapshot()
    for (const role of READ_ONLY) {
      const client = person(role).client
      const statuses = await Promise.all(
        reads().map(async (path) => (await client.get(`${base}${path}`)).status),
      )
      expect(statuses, role).toEqual(reads().map(() => 200))
      expect(await snapshot(client), role).toEqual(before)
      const refused = await Promise.all(changes(client))
      expect(
        refused.map((response) => response.status),
        role,
      ).toEqual(refused.map(() => 403))
    }
    expect(await snapshot()).toEqual(before)
    expect((await createClient(t.app).get(`${base}/chairs`)).status).toBe(401)
  })

  it('the database refuses their inserts and changes nothing they update or delete', async () => {
    const doctorId = person('doctor').userId
    const inserts: Record<string, (tx: Tx) => Promise<unknown>> = {
      chairs: (tx) =>
        sql`INSERT INTO chairs (clinic_id, branch_id, name) VALUES (${clinicId}, ${ids.branch}, 'Chair 9')`.execute(
          tx,
        ),
      appointment_types: (tx) =>
        sql`INSERT INTO appointment_types (clinic_id, name, default_minutes, colour)
            VALUES (${clinicId}, 'Extraction', 30, '#000000')`.execute(tx),
      working_hours: (tx) =>
        sql`INSERT INTO working_hours (clinic_id, branch_id, doctor_user_id, weekday, starts_at, ends_at)
            VALUES (${clinicId}, ${ids.branch}, ${doctorId}, 2, '09:00', '13:00')`.execute(tx),
      schedule_exceptions: (tx) =>
        sql`INSERT INTO schedule_exceptions (clinic_id, kind, starts_at, ends_at)
            VALUES (${clinicId}, 'holiday', now(), now() + interval '1 day')`.execute(tx),
      recall_rules: (tx) =>
        sql`INSERT INTO recall_rules (clinic_id, name, interval_months) VALUES (${clinicId}, 'Yearly', 12)`.execute(
          tx,
        ),
    }
    const changed = (statement: ReturnType<typeof sql>) => async (tx: Tx) =>
      Number((await statement.execute(tx)).numAffectedRows)
    for (const role of READ_ONLY) {
      const as = (work: (tx: Tx) => Promise<unknown>) =>
        inDatabaseAs(t.database.db, { clinicId, userId: person(role).userId }, work)
      for (const [table, insert] of Object.entries(inserts)) {
        expect(await as(insert), `${role} ${table}`).toBe('refused')
      }
      expect(await as(changed(sql`UPDATE chairs SET is_active = false`)), role).toBe(0)
      expect(await as(changed(sql`UPDATE recall_rules SET is_active = false`)), role).toBe(0)
      expect(await as(changed(sql`DELETE FROM working_hours`)), role).toBe(0)
      expect(await as(changed(sql`DELETE FROM schedule_exceptions`)), role).toBe(0)
    }
    const asOwner = (work: (tx: Tx) => Promise<unknown>) =>
      inDatabaseAs(t.database.db, { clinicId, userId: owner.userId }, work)
    expect(await asOwner(changed(sql`DELETE FROM schedule_exceptions`))).toBe(1)
  })
})

describe('another clinic', () => {
  it('cannot read or change this clinic’s chairs, types, rules, hours or exceptions', async () => {
    const before = await snapshot()
    const other = (await signUpClinic(t.app, 'Other Dental')).client
    const doctorId = person('doctor').userId
    const lists = await Promise.all(
      [
        '/chairs',
        '/appointment-types',
        '/recall-rules',
        '/exceptions?from=2026-11-01&to=2026-11-30',
      ].map(async (path) => (await other.get(`${base}${path}`)).json()),
    )
    expect(lists).toEqual([[], [], [], []])
    const doctors = (await (await other.get(`${base}/doctors`)).json()) as { userId: string }[]
    expect(doctors.map((doctor) => doctor.userId)).not.toContain(doctorId)
    const hours = (await (await other.get(`${base}/doctors/${doctorId}/hours`)).json()) as {
      sessions: unknown[]
    }[]
    expect(hours.flatMap((day) => day.sessions)).toEqual([])

    const answers = await Promise.all([
      other.patch(`${base}/chairs/${ids.chair}`, { isActive: false }),
      other.patch(`${base}/appointment-types/${ids.type}`, { isActive: false }),
      other.patch(`${base}/recall-rules/${ids.rule}`, { isActive: false }),
      other.delete(`${base}/exceptions/${ids.exception}`),
      other.put(`${base}/doctors/${doctorId}/hours`, { week: [] }),
      other.post(`${base}/chairs`, { branchId: ids.branch, name: 'Chair 1' }),
      other.post(`${base}/recall-rules`, { name: 'R', intervalMonths: 6, afterTypeId: ids.type }),
      other.post(`${base}/exceptions`, {
        doctorUserId: doctorId,
        kind: 'leave',
        from: '2026-11-26',
        to: '2026-11-26',
      }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 400, 400, 400, 400])
    const fields = await Promise.all(
      answers
        .slice(4)
        .map(async (answer) => ((await answer.json()) as { error: { field: string } }).error.field),
    )
    expect(fields).toEqual(['userId', 'branchId', 'afterTypeId', 'doctorUserId'])
    expect(await snapshot()).toEqual(before)
  })
})
