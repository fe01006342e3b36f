import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'

let t: TestApp
let clinicId = ''
const staff = new Map<Role, { client: TestClient; userId: string }>()
const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
const owner = () => person('owner').client

interface Finding {
  id: string
  tooth: number
  kind: string
  surfaces: string[]
  status: string
  recordedBy: string | null
  supersedesId: string | null
  supersededAt: string | null
  supersededBy: string | null
  supersededReason: string | null
  completedAt: string | null
  completedBy: string | null
}

async function register(client: TestClient) {
  const response = await client.post('/api/v1/patients', {
    fullName: 'Kavya Rao',
    ageYears: 41,
    sex: 'female',
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

const base = (id: string) => `/api/v1/patients/${id}/chart`
const record = (client: TestClient, id: string, body: object) =>
  client.post(`${base(id)}/findings`, body)
const chartOf = async (client: TestClient, id: string, asOf?: string) => {
  const response = await client.get(`${base(id)}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { findings: Finding[] }).findings
}
const added = async (response: Response) => {
  expect(response.status).toBe(201)
  return (await response.json()) as Finding
}
const CARIES = { tooth: 36, kind: 'caries', surfaces: ['M', 'O'] }

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
}, 120_000)
afterAll(() => t.close())

const asInDatabase = (role: Role, work: (tx: Tx) => Promise<unknown>) =>
  inDatabaseAs(t.database.db, { clinicId, userId: person(role).userId }, work)
const countFindings = (id: string) => async (tx: Tx) => {
  const { rows } = await sql<{
    n: number
  }>`SELECT count(*)::int AS n FROM dental_findings WHERE patient_id = ${id}`.execute(tx)
  return rows[0]?.n
}
const insertFinding = (id: string, userId: string) => async (tx: Tx) => {
  await sql`INSERT INTO dental_findings (clinic_id, patient_id, tooth, kind, status, recorded_by)
            VALUES (${clinicId}, ${id}, 11, 'missing', 'existing', ${userId})`.execute(tx)
  return 'inserted'
}

describe('dental chart findings', () => {
  it('records findings per tooth and surface, mixed dentition included', async () => {
    const id = await register(owner())
    await added(await record(owner(), id, CARIES))
    await added(
      await record(owner(), id, {
        tooth: 85,
        kind: 'restoration',
        surfaces: ['O', 'D'],
        material: 'gic',
      }),
    )
    await added(await record(owner(), id, { tooth: 46, kind: 'unerupted' }))
    await added(
      await record(owner(), id, {
        tooth: 11,
        kind: 'restoration',
        surfaces: ['I', 'La'],
        material: 'composite',
      }),
    )
    await added(await record(owner(), id, { tooth: 41, kind: 'mobility', mobilityGrade: 2 }))
    await added(await record(owner(), id, { tooth: 31, kind: 'recession', recessionMm: 3 }))
    await added(
      await record(owner(), id, {
        tooth: 26,
        kind: 'crown',
        material: 'zirconia',
        status: 'planned',
      }),
    )
    const chart = await chartOf(owner(), id)
    expect(chart.map((finding) => finding.tooth)).toEqual([11, 26, 31, 36, 41, 46, 85])
    expect(chart.find((finding) => finding.tooth === 11)?.surfaces).toEqual(['I', 'B'])
    expect(chart.find((finding) => finding.tooth === 26)?.status).toBe('planned')
    expect(chart[0]?.recordedBy).toEqual(expect.any(String))
  })

  it.each([
    [{ tooth: 19, kind: 'missing' }, 'tooth'],
    [{ tooth: 56, kind: 'missing' }, 'tooth'],
    [{ tooth: 99, kind: 'missing' }, 'tooth'],
    [{ tooth: 36, kind: 'caries', surfaces: ['I'] }, 'surfaces'],
    [{ tooth: 11, kind: 'caries', surfaces: ['O'] }, 'surfaces'],
    [{ tooth: 36, kind: 'caries', surfaces: ['X'] }, 'surfaces'],
    [{ tooth: 36, kind: 'caries', surfaces: ['M', 'M'] }, 'surfaces'],
    [{ tooth: 36, kind: 'missing', surfaces: ['O'] }, 'surfaces'],
    [{ tooth: 36, kind: 'caries' }, 'surfaces'],
    [{ tooth: 36, kind: 'restoration', surfaces: [] }, 'surfaces'],
    [{ tooth: 36, kind: 'caries', surfaces: ['O'], material: 'amalgam' }, 'material'],
    [{ tooth: 36, kind: 'crown', material: 'gold leaf' }, 'material'],
    [{ tooth: 36, kind: 'missing', mobilityGrade: 1 }, 'mobilityGrade'],
    [{ tooth: 36, kind: 'mobility' }, 'mobilityGrade'],
    [{ tooth: 36, kind: 'mobility', mobilityGrade: 4 }, 'mobilityGrade'],
    [{ tooth: 36, kind: 'recession' }, 'recessionMm'],
    [{ tooth: 36, kind: 'missing', recessionMm: 2 }, 'recessionMm'],
    [{ tooth: 36, kind: 'pain' }, 'kind'],
    [{ tooth: 36, kind: 'missing', status: 'completed' }, 'status'],
  ])('refuses %j naming %s, and changes nothing', async (body, field) => {
    const id = await register(owner())
    const response = await record(owner(), id, body)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe(field)
    expect(await chartOf(owner(), id)).toEqual([])
  })

  it('a change supersedes, the chart as of earlier shows the older state, and the tooth history keeps both', async () => {
    const id = await register(owner())
    t.clock.set(new Date('2026-03-02T05:00:00Z'))
    const first = await added(await record(owner(), id, CARIES))
    t.clock.set(new Date('2026-03-02T05:02:00Z'))
    const second = await added(
      await owner().post(`${base(id)}/findings/${first.id}/supersede`, {
        tooth: 36,
        kind: 'restoration',
        surfaces: ['M', 'O'],
        material: 'composite',
      }),
    )
    expect(second.supersedesId).toBe(first.id)
    t.clock.set(new Date('2026-03-02T05:04:00Z'))
    const mobility = await added(
      await record(owner(), id, { tooth: 36, kind: 'mobility', mobilityGrade: 1 }),
    )
    t.clock.set(new Date('2026-03-02T05:06:00Z'))
    const removed = await owner().post(`${base(id)}/findings/${mobility.id}/remove`, {
      reason: 'charted_in_error',
    })
    expect(removed.status).toBe(200)
    expect(await removed.json()).toMatchObject({
      supersededReason: 'charted_in_error',
      supersededBy: expect.any(String),
    })

    expect((await chartOf(owner(), id)).map((f) => f.kind)).toEqual(['restoration'])
    expect((await chartOf(owner(), id, '2026-03-02T10:31:00+05:30')).map((f) => f.kind)).toEqual([
      'caries',
    ])
    expect((await chartOf(owner(), id, '2026-03-02T05:05:00Z')).map((f) => f.kind).sort()).toEqual([
      'mobility',
      'restoration',
    ])
    expect(await chartOf(owner(), id, '2026-03-02T04:57:00Z')).toEqual([])

    const history = await owner().get(`${base(id)}/teeth/36/history`)
    expect(history.status).toBe(200)
    const entries = ((await history.json()) as { entries: Finding[] }).entries
    expect(entries.map((entry) => entry.kind)).toEqual(['mobility', 'restoration', 'caries'])
    expect(entries[2]).toMatchObject({
      supersededReason: 'changed',
      supersededBy: expect.any(String),
    })
    expect(entries.every((entry) => entry.recordedBy)).toBe(true)

    // Superseded once only: a second change of the same finding is a conflict.
    const again = await owner().post(`${base(id)}/findings/${first.id}/supersede`, CARIES)
    expect(again.status).toBe(409)
    expect((await owner().get(`${base(id)}/teeth/19/history`)).status).toBe(400)
  })

  it('a planned finding is marked completed with who and when', async () => {
    const id = await register(owner())
    const planned = await added(
      await record(owner(), id, { tooth: 46, kind: 'root_canal_treated', status: 'planned' }),
    )
    const done = await added(await owner().post(`${base(id)}/findings/${planned.id}/complete`, {}))
    expect(done).toMatchObject({
      status: 'completed',
      supersedesId: planned.id,
      completedBy: expect.any(String),
    })
    expect(done.completedAt).toEqual(expect.any(String))
    expect((await owner().post(`${base(id)}/findings/${done.id}/complete`, {})).status).toBe(409)
  })

  it('the database keeps findings append-only, even for the app role', async () => {
    const id = await register(owner())
    const finding = await added(await record(owner(), id, CARIES))
    // The app role may set only the superseded fields: any other column is refused (no grant),
    // and so is DELETE.
    const rewrite = async (tx: Tx) =>
      sql`UPDATE dental_findings SET tooth = 37 WHERE id = ${finding.id}`.execute(tx)
    expect(await asInDatabase('owner', rewrite)).toBe('refused')
    expect(
      await asInDatabase('owner', async (tx) =>
        sql`DELETE FROM dental_findings WHERE id = ${finding.id}`.execute(tx),
      ),
    ).toBe('refused')
    // Even with the owner's privileges (no RLS bypass for the trigger), no delete and no rewrite.
    await expect(
      t.database.asOwner(async (tx) =>
        sql`DELETE FROM dental_findings WHERE id = ${finding.id}`.execute(tx),
      ),
    ).rejects.toMatchObject({ code: '42501' })
    await expect(
      t.database.asOwner(async (tx) =>
        sql`UPDATE dental_findings SET tooth = 37 WHERE id = ${finding.id}`.execute(tx),
      ),
    ).rejects.toMatchObject({ code: '42501' })
    // Setting the superseded fields once is allowed; a second time is not.
    const supersede = async (tx: Tx) =>
      sql`UPDATE dental_findings SET superseded_at = app_now(), superseded_by = ${person('owner').userId}, superseded_reason = 'no_longer_present' WHERE id = ${finding.id}`.execute(
        tx,
      )
    await asInDatabase('owner', supersede)
    const removed = await owner().post(`${base(id)}/findings/${finding.id}/remove`, {
      reason: 'charted_in_error',
    })
    expect(removed.status).toBe(200)
    expect(await asInDatabase('owner', supersede)).toBe('refused')
    await expect(t.database.asOwner(supersede)).rejects.toMatchObject({ code: '42501' })
    expect((await chartOf(owner(), id)).length).toBe(0)
  })

  it('records every read in the audit log', async () => {
    const id = await register(owner())
    await added(await record(owner(), id, CARIES))
    await chartOf(owner(), id)
    await chartOf(owner(), id, '2026-01-01T00:00:00Z')
    await owner().get(`${base(id)}/teeth/36/history`)
    const actions = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ action: string }>`
        SELECT action FROM audit_events
        WHERE clinic_id = ${clinicId} AND patient_id = ${id} AND table_name = 'dental_findings' ORDER BY id`.execute(
        tx,
      )
      return rows.map((row) => row.action)
    })
    expect(actions).toEqual(['insert', 'read', 'read', 'read'])
  })
})

describe('who may chart', () => {
  it('owner, admin, and the doctor and assistant on the care team may; others get 403 and the database refuses', async () => {
    const id = await register(owner())
    for (const role of ['doctor', 'assistant'] as const) {
      expect((await record(person(role).client, id, CARIES)).status, role).toBe(403)
      expect((await person(role).client.get(base(id))).status, role).toBe(403)
      expect(await asInDatabase(role, insertFinding(id, person(role).userId)), role).toBe('refused')
    }
    for (const role of ['doctor', 'assistant'] as const) {
      const response = await person('receptionist').client.post(
        `/api/v1/patients/${id}/care-team`,
        {
          userId: person(role).userId,
        },
      )
      expect(response.status, role).toBe(204)
    }
    for (const role of ['owner', 'admin', 'doctor', 'assistant'] as const) {
      const finding = await added(
        await record(person(role).client, id, { tooth: 11, kind: 'note', note: role }),
      )
      const changed = await person(role).client.post(`${base(id)}/findings/${finding.id}/remove`, {
        reason: 'no_longer_present',
      })
      expect(changed.status, role).toBe(200)
      expect((await person(role).client.get(base(id))).status, role).toBe(200)
    }
    const before = await asInDatabase('owner', countFindings(id))
    for (const role of ['receptionist', 'accountant'] as const) {
      expect((await record(person(role).client, id, CARIES)).status, role).toBe(403)
      expect((await person(role).client.get(base(id))).status, role).toBe(403)
      expect((await person(role).client.get(`${base(id)}/teeth/11/history`)).status, role).toBe(403)
      expect(await asInDatabase(role, countFindings(id)), role).toBe(0)
      expect(await asInDatabase(role, insertFinding(id, person(role).userId)), role).toBe('refused')
    }
    expect(await asInDatabase('owner', countFindings(id))).toBe(before)
  })

  it('another clinic gets 404 and nothing changes', async () => {
    const id = await register(owner())
    const finding = await added(await record(owner(), id, CARIES))
    const other = (await signUpClinic(t.app)).client
    const answers = [
      await other.get(base(id)),
      await other.get(`${base(id)}/teeth/36/history`),
      await record(other, id, CARIES),
      await other.post(`${base(id)}/findings/${finding.id}/supersede`, CARIES),
      await other.post(`${base(id)}/findings/${finding.id}/complete`, {}),
      await other.post(`${base(id)}/findings/${finding.id}/remove`, { reason: 'charted_in_error' }),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404, 404])
    expect(await chartOf(owner(), id)).toMatchObject([{ id: finding.id, supersededAt: null }])
  })
})
