import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import {
  perioBase as base,
  errorOf,
  newExam,
  register,
  saveMeasurements as save,
  saved,
  site,
} from '../../../test/perio-helpers.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'

type Who = Role | 'doctor2'
let t: TestApp
let clinicId = ''
const staff = new Map<Who, { client: TestClient; userId: string }>()
const person = (who: Who) => staff.get(who) as { client: TestClient; userId: string }
const owner = () => person('owner').client

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-03-02T04:58:00Z'))
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  staff.set('owner', signedUp)
  const outbox = t.deps.outboxDir as string
  for (const role of ['admin', 'doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, outbox, signedUp.client, role))
  }
  staff.set('doctor2', await addStaff(t.app, outbox, signedUp.client, 'doctor'))
}, 120_000)
afterAll(() => t.close())

const asInDatabase = (who: Who, work: (tx: Tx) => Promise<unknown>) =>
  inDatabaseAs(t.database.db, { clinicId, userId: person(who).userId }, work)
const countExams = (id: string) => async (tx: Tx) => {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM perio_exams WHERE patient_id = ${id}`.execute(tx)
  return rows[0]?.n
}
const insertExam = (id: string, userId: string) => async (tx: Tx) => {
  await sql`INSERT INTO perio_exams (clinic_id, patient_id, created_by)
            VALUES (${clinicId}, ${id}, ${userId})`.execute(tx)
  return 'inserted'
}
const updateSites = (examId: string) => async (tx: Tx) => {
  const { numAffectedRows } =
    await sql`UPDATE perio_sites SET ppd = 9 WHERE exam_id = ${examId}`.execute(tx)
  return Number(numAffectedRows ?? 0)
}

async function onCareTeam(id: string, ...who: Who[]) {
  for (const member of who) {
    const response = await person('receptionist').client.post(`/api/v1/patients/${id}/care-team`, {
      userId: person(member).userId,
    })
    expect(response.status, member).toBe(204)
  }
}

/** Every route of the module, as one person, on one patient and exam. */
const everyRoute = (client: TestClient, id: string, examId: string) => [
  client.get(`${base(id)}/exams`),
  client.post(`${base(id)}/exams`, {}),
  client.get(`${base(id)}/exams/${examId}`),
  save(client, id, examId, { sites: [site(16, 'MB', 3, 0)] }),
  client.post(`${base(id)}/exams/${examId}/complete`, {}),
  client.put(`${base(id)}/exams/${examId}/staging`, { confirmedStage: 'II', confirmedGrade: 'B' }),
  client.get(`${base(id)}/compare?from=${examId}&to=00000000-0000-4000-8000-000000000000`),
  client.get(`${base(id)}/staging-inputs`),
]

describe('who may chart periodontal exams', () => {
  it('owner, admin and the care team’s doctor and assistant may; others get 403 and the database refuses', async () => {
    const id = await register(owner())
    const exam = await newExam(owner(), id)
    await saved(await save(owner(), id, exam.id, { sites: [site(16, 'MB', 5, 1)] }))

    // Not yet on the care team: doctor and assistant are refused, by the API and the database.
    for (const who of ['doctor', 'assistant'] as const) {
      const answers = await Promise.all(everyRoute(person(who).client, id, exam.id))
      expect(
        answers.map((answer) => answer.status),
        who,
      ).toEqual([403, 403, 403, 403, 403, 403, 403, 403])
      expect(await asInDatabase(who, insertExam(id, person(who).userId)), who).toBe('refused')
      expect(await asInDatabase(who, countExams(id)), who).toBe(0)
    }
    await onCareTeam(id, 'doctor', 'assistant')
    for (const who of ['owner', 'admin', 'doctor', 'assistant'] as const) {
      const client = person(who).client
      const own = await newExam(client, id)
      await saved(await save(client, id, own.id, { sites: [site(21, 'B', 3, 0)] }))
      expect((await client.get(`${base(id)}/exams`)).status, who).toBe(200)
      expect((await client.get(`${base(id)}/exams/${own.id}`)).status, who).toBe(200)
      expect(
        (await client.get(`${base(id)}/compare?from=${exam.id}&to=${own.id}`)).status,
        who,
      ).toBe(200)
      expect((await client.get(`${base(id)}/staging-inputs`)).status, who).toBe(200)
      expect((await client.post(`${base(id)}/exams/${own.id}/complete`, {})).status, who).toBe(200)
    }
    // A doctor not on the care team is still refused.
    const outsider = await Promise.all(everyRoute(person('doctor2').client, id, exam.id))
    expect(outsider.map((answer) => answer.status)).toEqual([
      403, 403, 403, 403, 403, 403, 403, 403,
    ])

    const before = await asInDatabase('owner', countExams(id))
    for (const who of ['receptionist', 'accountant'] as const) {
      const answers = await Promise.all(everyRoute(person(who).client, id, exam.id))
      expect(
        answers.map((answer) => answer.status),
        who,
      ).toEqual([403, 403, 403, 403, 403, 403, 403, 403])
      expect(await asInDatabase(who, countExams(id)), who).toBe(0)
      expect(await asInDatabase(who, insertExam(id, person(who).userId)), who).toBe('refused')
      // RLS hides the rows: an update finds nothing to change.
      expect(await asInDatabase(who, updateSites(exam.id)), who).toBe(0)
    }
    expect(await asInDatabase('owner', countExams(id))).toBe(before)
    const unchanged = await (await owner().get(`${base(id)}/exams/${exam.id}`)).json()
    expect(unchanged).toMatchObject({ status: 'draft', sites: [{ tooth: 16, site: 'MB', ppd: 5 }] })
  })

  it('only a dentist confirms the stage and grade; an assistant completes without them', async () => {
    const id = await register(owner())
    await onCareTeam(id, 'doctor', 'assistant')
    const assistant = person('assistant').client
    const exam = await newExam(assistant, id)
    const confirming = await assistant.post(`${base(id)}/exams/${exam.id}/complete`, {
      confirmedStage: 'III',
    })
    expect(confirming.status).toBe(403)
    expect((await errorOf(confirming)).reason).toBe('perio.confirm_needs_sign')
    const done = await assistant.post(`${base(id)}/exams/${exam.id}/complete`, {})
    expect(done.status).toBe(200)
    expect(
      (
        await assistant.put(`${base(id)}/exams/${exam.id}/staging`, {
          confirmedStage: 'III',
          confirmedGrade: 'B',
        })
      ).status,
    ).toBe(403)

    // Nor through the database: the exam's trigger wants clinical.sign.
    const confirmDirectly = async (tx: Tx) =>
      sql`UPDATE perio_exams SET confirmed_stage = 'III' WHERE id = ${exam.id}`.execute(tx)
    expect(await asInDatabase('assistant', confirmDirectly)).toBe('refused')

    // The doctor confirms on the completed exam: the one change it still takes.
    const doctor = person('doctor').client
    const confirmed = await doctor.put(`${base(id)}/exams/${exam.id}/staging`, {
      confirmedStage: 'III',
      confirmedGrade: 'B',
    })
    expect(confirmed.status).toBe(200)
    expect(await confirmed.json()).toMatchObject({
      status: 'completed',
      confirmedStage: 'III',
      confirmedGrade: 'B',
      confirmedBy: expect.any(String),
      confirmedAt: expect.any(String),
    })
    const cleared = await doctor.put(`${base(id)}/exams/${exam.id}/staging`, {
      confirmedStage: null,
      confirmedGrade: null,
    })
    expect(await cleared.json()).toMatchObject({ confirmedStage: null, confirmedBy: null })

    // A doctor may complete and confirm at once.
    const second = await newExam(doctor, id)
    const both = await doctor.post(`${base(id)}/exams/${second.id}/complete`, {
      confirmedStage: 'II',
      confirmedGrade: 'A',
    })
    expect(both.status).toBe(200)
    expect(await both.json()).toMatchObject({
      status: 'completed',
      confirmedStage: 'II',
      confirmedGrade: 'A',
    })
  })

  it('another clinic gets 404 and nothing changes', async () => {
    const id = await register(owner())
    const exam = await newExam(owner(), id)
    const other = (await signUpClinic(t.app)).client
    const answers = await Promise.all(everyRoute(other, id, exam.id))
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404])
    // Its own patient cannot reach this clinic's exam either.
    const theirs = await register(other)
    const reach = await other.get(`${base(theirs)}/exams/${exam.id}`)
    expect(reach.status).toBe(404)
    expect((await errorOf(reach)).reason).toBe('perio.exam_not_found')
    expect(await (await owner().get(`${base(id)}/exams/${exam.id}`)).json()).toMatchObject({
      status: 'draft',
      sites: [],
    })
  })

  it('records every read in the audit log', async () => {
    const id = await register(owner())
    const first = await newExam(owner(), id)
    await owner().post(`${base(id)}/exams/${first.id}/complete`, {})
    const second = await newExam(owner(), id)
    await owner().get(`${base(id)}/exams`)
    await owner().get(`${base(id)}/exams/${second.id}`)
    await owner().get(`${base(id)}/compare?from=${first.id}&to=${second.id}`)
    await owner().get(`${base(id)}/staging-inputs`)
    const reads = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ table_name: string; row_id: string }>`
        SELECT table_name, row_id FROM audit_events
        WHERE clinic_id = ${clinicId} AND patient_id = ${id} AND action = 'read' ORDER BY id`.execute(
        tx,
      )
      return rows.map((row) => [row.table_name, row.row_id])
    })
    expect(reads.slice(0, 2)).toEqual([
      ['perio_exams', id],
      ['perio_exams', second.id],
    ])
    // The comparison audits both exams in one statement (in no particular order).
    expect(reads.slice(2, 4).sort()).toEqual(
      [first.id, second.id].sort().map((examId) => ['perio_exams', examId]),
    )
    expect(reads.slice(4)).toEqual([['medical_histories', id]])
  })
})
