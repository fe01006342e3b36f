import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LabCase, LabCaseList } from '../../../shared/contracts/lab.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import {
  addLab,
  caseOf,
  casePath,
  casesPath,
  crownCase,
  labClinic,
  patientWithTeam,
  refusalOf,
} from './lab-test-helpers.ts'

let t: TestApp
let clinic: Awaited<ReturnType<typeof labClinic>>
let labId = ''
const as = (role: Role) => clinic.person(role).client

const crownOn36 = (overrides: Record<string, unknown> = {}) => crownCase(labId, overrides)
const board = async (query = '') => {
  const response = await as('owner').get(`/api/v1/lab-cases${query}`)
  const body = (await response.json()) as LabCaseList
  expect(response.status, JSON.stringify(body)).toBe(200)
  return body
}

beforeAll(async () => {
  t = await createTestApp()
  // 10:00 in Mumbai on 1 December 2026.
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  clinic = await labClinic(t)
  labId = await addLab(clinic.owner, {
    name: 'Precision Dental Lab',
    contactPerson: 'Ramesh Patil',
    phone: '098201 23456',
    email: 'orders@precision.example',
    address: 'Andheri East, Mumbai',
  })
}, 120_000)
afterAll(() => t.close())

describe('bad input: a 4xx naming the field, and nothing changes', () => {
  let patientId = ''
  beforeAll(async () => {
    patientId = await patientWithTeam(clinic.owner, [], 'Bad Input')
  })
  const casesNow = async () =>
    ((await (await as('owner').get(casesPath(patientId))).json()) as LabCaseList).cases

  it.each([
    ['due before sent', { sentOn: '2026-11-30', dueOn: '2026-11-29' }, 'dueOn', 'lab.before_sent'],
    ['due before today when sent today', { dueOn: '2026-11-30' }, 'dueOn', 'lab.before_sent'],
    ['a tooth that is not FDI', { teeth: [19] }, 'teeth.0', 'chart.invalid_tooth'],
    ['a tooth named twice', { teeth: [36, 36] }, 'teeth', 'lab.tooth_repeated'],
    ['no teeth', { teeth: [] }, 'teeth', undefined],
    [
      'sent in the future',
      { sentOn: '2026-12-02', dueOn: '2026-12-09' },
      'sentOn',
      'lab.after_today',
    ],
    ['an unknown work type', { workType: 'gold_tooth' }, 'workType', undefined],
    ['a shade too long', { shade: 'A'.repeat(41) }, 'shade', undefined],
    [
      'a lab of no one',
      { labId: '00000000-0000-4000-8000-000000000000' },
      'labId',
      'lab.not_found',
    ],
  ])('%s', async (_name, overrides, field, reason) => {
    const before = await casesNow()
    const refused = await refusalOf(
      await as('owner').post(casesPath(patientId), crownOn36(overrides)),
    )
    expect(refused.status).toBe(400)
    expect(refused.field).toBe(field)
    if (reason) expect(refused.reason).toBe(reason)
    expect(await casesNow()).toEqual(before)
  })

  it('refuses receiving a fitted case, fitting a case not received, and dates out of order', async () => {
    const sent = await caseOf(await as('owner').post(casesPath(patientId), crownOn36()), 201)
    const early = await refusalOf(await as('owner').post(`${casePath(sent.id)}/fit`, {}))
    expect(early).toMatchObject({ status: 409, field: 'status', reason: 'lab.not_received' })
    const beforeSent = await refusalOf(
      await as('owner').post(`${casePath(sent.id)}/receive`, { receivedOn: '2026-11-30' }),
    )
    expect(beforeSent).toMatchObject({
      status: 400,
      field: 'receivedOn',
      reason: 'lab.before_sent',
    })
    const patchDue = await refusalOf(
      await as('owner').patch(casePath(sent.id), { dueOn: '2026-11-30' }),
    )
    expect(patchDue).toMatchObject({ status: 400, field: 'dueOn', reason: 'lab.before_sent' })
    await caseOf(await as('owner').post(`${casePath(sent.id)}/receive`, {}))
    const fitted = await caseOf(await as('owner').post(`${casePath(sent.id)}/fit`, {}))
    const again = await refusalOf(await as('owner').post(`${casePath(sent.id)}/receive`, {}))
    expect(again).toMatchObject({ status: 409, field: 'status', reason: 'lab.not_at_lab' })
    expect(await caseOf(await as('owner').get(casePath(sent.id)))).toEqual(fitted)
  })
})

describe('who may do what', () => {
  it('the database refuses the same, with no route in between', async () => {
    const patientId = await patientWithTeam(clinic.owner, [], 'Database Check')
    const sent = await caseOf(await as('owner').post(casesPath(patientId), crownOn36()), 201)
    const inDatabase = (role: Role, work: (tx: Tx) => Promise<unknown>) =>
      inDatabaseAs(
        t.database.db,
        { clinicId: clinic.clinicId, userId: clinic.person(role).userId },
        work,
      )
    const insertCase = (role: Role) => (tx: Tx) =>
      sql`INSERT INTO lab_cases (clinic_id, patient_id, lab_id, work_type, teeth, sent_on, due_on, created_by)
          VALUES (${clinic.clinicId}, ${patientId}, ${labId}, 'crown', '{36}', '2026-12-01', '2026-12-02',
                  ${clinic.person(role).userId})`
        .execute(tx)
        .then(() => 'done')
    const countCases = (tx: Tx) =>
      sql<{ n: number }>`SELECT count(*)::int AS n FROM lab_cases WHERE id = ${sent.id}`
        .execute(tx)
        .then(({ rows }) => rows[0]?.n)
    for (const role of ['receptionist', 'accountant', 'doctor', 'assistant'] as const) {
      // Receptionists and accountants by role; the doctor and assistant: not their patient.
      expect(await inDatabase(role, insertCase(role))).toBe('refused')
      expect(await inDatabase(role, countCases)).toBe(0)
    }
    for (const role of ['receptionist', 'accountant'] as const) {
      const insertLab = (tx: Tx) =>
        sql`INSERT INTO labs (clinic_id, name) VALUES (${clinic.clinicId}, ${`Db ${role}`})`
          .execute(tx)
          .then(() => 'done')
      expect(await inDatabase(role, insertLab)).toBe('refused')
    }
    expect(await inDatabase('admin', insertCase('admin'))).toBe('done')
    expect(await inDatabase('admin', countCases)).toBe(1)
  })

  it('receptionists and accountants cannot see labs or cases, nor send one', async () => {
    const patientId = await patientWithTeam(clinic.owner, [], 'Front Desk')
    const sent = await caseOf(await as('owner').post(casesPath(patientId), crownOn36()), 201)
    for (const role of ['receptionist', 'accountant'] as const) {
      expect((await as(role).get('/api/v1/labs')).status).toBe(403)
      expect((await as(role).post('/api/v1/labs', { name: `Lab ${role}` })).status).toBe(403)
      expect((await as(role).get('/api/v1/lab-cases')).status).toBe(403)
      expect((await as(role).get(casesPath(patientId))).status).toBe(403)
      expect((await as(role).post(casesPath(patientId), crownOn36())).status).toBe(403)
      expect((await as(role).post(`${casePath(sent.id)}/receive`, {})).status).toBe(403)
    }
    const after = await caseOf(await as('owner').get(casePath(sent.id)))
    expect(after.status).toBe('sent')
  })

  it('doctors and assistants work only on their care team’s patients; owners and admins on all', async () => {
    const theirs = await patientWithTeam(
      clinic.owner,
      [clinic.person('doctor'), clinic.person('assistant')],
      'On The Team',
    )
    const notTheirs = await patientWithTeam(clinic.owner, [], 'Not On The Team')
    const mine = await caseOf(await as('assistant').post(casesPath(theirs), crownOn36()), 201)
    const other = await caseOf(await as('admin').post(casesPath(notTheirs), crownOn36()), 201)
    for (const role of ['doctor', 'assistant'] as const) {
      expect((await as(role).post(casesPath(notTheirs), crownOn36())).status).toBe(403)
      expect((await as(role).get(casesPath(notTheirs))).status).toBe(403)
      expect((await as(role).post(`${casePath(other.id)}/receive`, {})).status).toBe(404)
      const seen = (await (await as(role).get('/api/v1/lab-cases')).json()) as LabCaseList
      const ids = seen.cases.map((row: LabCase) => row.id)
      expect(ids).toContain(mine.id)
      expect(ids).not.toContain(other.id)
    }
    expect((await board()).cases.map((row) => row.id)).toEqual(
      expect.arrayContaining([mine.id, other.id]),
    )
    expect((await caseOf(await as('owner').get(casePath(other.id)))).status).toBe('sent')
  })
})
