import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VitalsTrend } from '../../../shared/contracts/vitals.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import type { Role } from '../../db/schema.ts'

let t: TestApp
let clinicId = ''
let patientId = ''
let otherPatientId = ''
const staff = new Map<Role, { client: TestClient; userId: string }>()
const person = (role: Role) => staff.get(role) as { client: TestClient; userId: string }
const owner = () => person('owner').client
const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { message: string; field?: string } }).error

async function register(client: TestClient, fullName: string) {
  const response = await client.post('/api/v1/patients', { fullName, ageYears: 41, sex: 'female' })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}
const record = (client: TestClient, id: string, body: object) =>
  client.post(`/api/v1/patients/${id}/vitals`, body)
const countVitals = () =>
  t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM vitals WHERE clinic_id = ${clinicId}`.execute(tx)
    return Number(rows[0]?.n)
  })

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-01T04:30:00Z'))
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  staff.set('owner', signedUp)
  for (const role of ['doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, t.deps.outboxDir as string, signedUp.client, role))
  }
  patientId = await register(owner(), 'Meera Iyer')
  otherPatientId = await register(owner(), 'Not Assigned')
  for (const role of ['doctor', 'assistant'] as const) {
    const added = await owner().post(`/api/v1/patients/${patientId}/care-team`, {
      userId: person(role).userId,
    })
    expect(added.status).toBe(204)
  }
}, 120_000)
afterAll(() => t.close())

describe('vitals', () => {
  it('records an entry with BMI computed, and the trend is newest first with series oldest first, within from/to', async () => {
    const first = await record(person('assistant').client, patientId, {
      takenAt: '2026-11-20T10:00:00+05:30',
      systolic: 130,
      diastolic: 85,
      pulse: 78,
      temperatureC: 37.2,
      spo2: 98,
      weightKg: 70,
      heightCm: 175,
      glucoseMgDl: 110,
      glucoseContext: 'fasting',
    })
    expect(first.status).toBe(201)
    expect(await first.json()).toMatchObject({ bmi: 22.9, temperatureC: 37.2, weightKg: 70 })
    const second = await record(person('doctor').client, patientId, {
      takenAt: '2026-11-30T10:00:00+05:30',
      systolic: 120,
      diastolic: 80,
    })
    expect(second.status).toBe(201)
    const bmiOnly = (await (await record(owner(), patientId, { weightKg: 70 })).json()) as {
      bmi: number | null
    }
    expect(bmiOnly.bmi).toBeNull()

    const trend = (await (
      await person('assistant').client.get(`/api/v1/patients/${patientId}/vitals`)
    ).json()) as VitalsTrend
    expect(trend.entries.map((entry) => entry.takenAt)).toEqual([
      '2026-12-01T04:30:00.000Z',
      '2026-11-30T04:30:00.000Z',
      '2026-11-20T04:30:00.000Z',
    ])
    expect(trend.series.systolic.map((point) => point.value)).toEqual([130, 120])
    expect(trend.series.bmi).toEqual([{ at: '2026-11-20T04:30:00.000Z', value: 22.9 }])

    const ranged = (await (
      await owner().get(`/api/v1/patients/${patientId}/vitals?from=2026-11-25&to=2026-11-30`)
    ).json()) as VitalsTrend
    expect(ranged.entries).toHaveLength(1)
    expect(ranged.entries[0]?.systolic).toBe(120)
  })

  it('audits every read', async () => {
    const before = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM audit_events
        WHERE clinic_id = ${clinicId} AND table_name = 'vitals' AND action = 'read'`.execute(tx)
      return Number(rows[0]?.n)
    })
    expect((await owner().get(`/api/v1/patients/${patientId}/vitals`)).status).toBe(200)
    const after = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM audit_events
        WHERE clinic_id = ${clinicId} AND table_name = 'vitals' AND action = 'read'`.execute(tx)
      return Number(rows[0]?.n)
    })
    expect(after).toBe(before + 1)
  })

  const refusals: [string, object, string][] = [
    ['systolic too high', { systolic: 261, diastolic: 80 }, 'systolic'],
    ['systolic too low', { systolic: 49, diastolic: 30 }, 'systolic'],
    ['diastolic too low', { systolic: 120, diastolic: 29 }, 'diastolic'],
    ['diastolic not below systolic', { systolic: 120, diastolic: 120 }, 'diastolic'],
    ['systolic alone', { systolic: 120 }, 'diastolic'],
    ['diastolic alone', { diastolic: 80 }, 'systolic'],
    ['pulse', { pulse: 251 }, 'pulse'],
    ['pulse low', { pulse: 19 }, 'pulse'],
    ['temperature', { temperatureC: 45.1 }, 'temperatureC'],
    ['temperature low', { temperatureC: 29.9 }, 'temperatureC'],
    ['temperature two decimals', { temperatureC: 37.25 }, 'temperatureC'],
    ['SpO2', { spo2: 101 }, 'spo2'],
    ['SpO2 low', { spo2: 49 }, 'spo2'],
    ['weight', { weightKg: 350.1 }, 'weightKg'],
    ['weight low', { weightKg: 0.4 }, 'weightKg'],
    ['height', { heightCm: 251 }, 'heightCm'],
    ['height low', { heightCm: 29 }, 'heightCm'],
    ['glucose', { glucoseMgDl: 801, glucoseContext: 'random' }, 'glucoseMgDl'],
    ['glucose low', { glucoseMgDl: 19, glucoseContext: 'random' }, 'glucoseMgDl'],
    ['glucose without context', { glucoseMgDl: 100 }, 'glucoseContext'],
    ['context without glucose', { pulse: 70, glucoseContext: 'fasting' }, 'glucoseMgDl'],
    ['nothing measured', {}, 'systolic'],
  ]
  for (const [what, body, field] of refusals) {
    it(`refuses ${what} with a 400 naming ${field}, and stores nothing`, async () => {
      const before = await countVitals()
      const response = await record(owner(), patientId, body)
      expect(response.status).toBe(400)
      expect((await errorOf(response)).field).toBe(field)
      expect(await countVitals()).toBe(before)
    })
  }

  it('the database refuses implausible values and an empty entry too', async () => {
    for (const values of [
      sql`300, NULL, NULL`,
      sql`120, 130, NULL`,
      sql`NULL, NULL, NULL`,
      sql`NULL, NULL, 46`,
    ]) {
      const outcome = await t.database
        .asOwner((tx) =>
          sql`INSERT INTO vitals (clinic_id, patient_id, systolic, diastolic, temperature_c, recorded_by)
              VALUES (${clinicId}, ${patientId}, ${values}, ${person('owner').userId})`.execute(tx),
        )
        .then(
          () => 'stored',
          (error: { code?: string }) => error.code,
        )
      expect(outcome).toBe('23514')
    }
  })

  it('assistants and doctors only for their care-team patients; receptionists and accountants never, in the API and the database', async () => {
    for (const role of ['assistant', 'doctor'] as const) {
      const before = await countVitals()
      const refused = await record(person(role).client, otherPatientId, { pulse: 70 })
      expect(refused.status).toBe(403)
      expect(
        (await person(role).client.get(`/api/v1/patients/${otherPatientId}/vitals`)).status,
      ).toBe(403)
      expect(await countVitals()).toBe(before)
    }
    for (const role of ['receptionist', 'accountant'] as const) {
      const before = await countVitals()
      expect((await record(person(role).client, patientId, { pulse: 70 })).status).toBe(403)
      expect((await person(role).client.get(`/api/v1/patients/${patientId}/vitals`)).status).toBe(
        403,
      )
      expect(await countVitals()).toBe(before)
    }
    const inDatabase = (role: Role, patient: string) =>
      inDatabaseAs(t.database.db, { clinicId, userId: person(role).userId }, async (tx) => {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM vitals WHERE patient_id = ${patient}`.execute(tx)
        await sql`INSERT INTO vitals (clinic_id, patient_id, pulse, recorded_by)
                  VALUES (${clinicId}, ${patient}, 70, ${person(role).userId})`.execute(tx)
        return Number(rows[0]?.n)
      })
    expect(await inDatabase('assistant', patientId)).toBeGreaterThan(0)
    expect(await inDatabase('assistant', otherPatientId)).toBe('refused')
    expect(await inDatabase('receptionist', patientId)).toBe('refused')
    expect(await inDatabase('accountant', patientId)).toBe('refused')
    // Nobody records in someone else's name.
    expect(
      await inDatabaseAs(t.database.db, { clinicId, userId: person('assistant').userId }, (tx) =>
        sql`INSERT INTO vitals (clinic_id, patient_id, pulse, recorded_by)
            VALUES (${clinicId}, ${patientId}, 70, ${person('doctor').userId})`
          .execute(tx)
          .then(() => 'done'),
      ),
    ).toBe('refused')
  })

  it('another clinic cannot see or add to this patient', async () => {
    const other = await signUpClinic(t.app)
    expect((await other.client.get(`/api/v1/patients/${patientId}/vitals`)).status).toBe(404)
    expect((await record(other.client, patientId, { pulse: 70 })).status).toBe(404)
  })
})
