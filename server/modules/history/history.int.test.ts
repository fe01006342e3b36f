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
const staff = new Map<Role | 'doctor2', { client: TestClient; userId: string }>()
const person = (role: Role | 'doctor2') => staff.get(role) as { client: TestClient; userId: string }
const owner = () => person('owner').client

const HISTORY = {
  conditions: [{ code: 'diabetes', since: '2019' }, { code: 'bleeding_disorder' }],
  allergies: [
    {
      substance: 'Penicillin',
      category: 'drug',
      severity: 'life_threatening',
      reaction: 'Swelling',
    },
    { substance: 'Latex', category: 'latex', severity: 'mild' },
  ],
  medications: [{ name: 'Warfarin', dose: '5 mg', frequency: 'once daily' }],
  habits: { tobacco: 'current', tobaccoForms: ['gutkha'], alcohol: 'never' },
  dentalHistory: { lastDentalVisit: 'Two years ago', previousTreatments: ['root_canal'] },
  chiefComplaint: 'Pain in lower right molar for 3 days',
}

async function register(client: TestClient, fullName = 'Meera Iyer') {
  const response = await client.post('/api/v1/patients', { fullName, ageYears: 41, sex: 'female' })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

const historyOf = (client: TestClient, id: string) => client.get(`/api/v1/patients/${id}/history`)
const save = (client: TestClient, id: string, body: object) =>
  client.put(`/api/v1/patients/${id}/history`, body)

beforeAll(async () => {
  t = await createTestApp()
  const signedUp = await signUpClinic(t.app)
  clinicId = signedUp.clinicId
  staff.set('owner', signedUp)
  const outbox = t.deps.outboxDir as string
  for (const role of ['doctor', 'assistant', 'receptionist', 'accountant'] as const) {
    staff.set(role, await addStaff(t.app, outbox, signedUp.client, role))
  }
  staff.set('doctor2', await addStaff(t.app, outbox, signedUp.client, 'doctor'))
}, 120_000)
afterAll(() => t.close())

describe('medical and dental history', () => {
  it('is saved whole, read back with alerts worst first, and shown in the patient header', async () => {
    const id = await register(owner())
    const empty = await historyOf(owner(), id)
    expect(empty.status).toBe(200)
    expect(await empty.json()).toMatchObject({ version: 0, allergies: [], alerts: [] })

    const saved = await save(owner(), id, { ...HISTORY, version: 0 })
    expect(saved.status).toBe(200)
    const body = (await saved.json()) as Record<string, unknown>
    expect(body).toMatchObject({ ...HISTORY, version: 1, updatedBy: expect.any(String) })
    expect(body.alerts).toEqual([
      { kind: 'allergy', severity: 'critical', code: 'life_threatening', text: 'Penicillin' },
      { kind: 'condition', severity: 'critical', code: 'bleeding_disorder', text: null },
      { kind: 'blood_thinner', severity: 'critical', code: 'medication', text: 'Warfarin' },
      { kind: 'allergy', severity: 'warning', code: 'mild', text: 'Latex' },
      { kind: 'condition', severity: 'warning', code: 'diabetes', text: null },
    ])

    const header = (await (await owner().get(`/api/v1/patients/${id}`)).json()) as {
      alerts: unknown[]
      clinicalAccess: unknown
    }
    expect(header.clinicalAccess).toEqual({ read: true, write: true })
    expect(header.alerts).toHaveLength(5)
  })

  it('refuses a stale version with 409 and keeps the newer one', async () => {
    const id = await register(owner())
    await save(owner(), id, { ...HISTORY, version: 0 })
    expect(
      (await save(owner(), id, { ...HISTORY, chiefComplaint: 'Second', version: 1 })).status,
    ).toBe(200)
    const stale = await save(owner(), id, { ...HISTORY, chiefComplaint: 'Lost', version: 1 })
    expect(stale.status).toBe(409)
    const again = await save(owner(), id, { ...HISTORY, chiefComplaint: 'Again', version: 0 })
    expect(again.status).toBe(409)
    expect(await (await historyOf(owner(), id)).json()).toMatchObject({
      chiefComplaint: 'Second',
      version: 2,
    })
  })

  it.each([
    [
      { allergies: [{ substance: 'Ibuprofen', category: 'drug', severity: 'deadly' }] },
      'allergies.0.severity',
    ],
    [{ conditions: [{ code: 'other' }] }, 'conditions.0.note'],
    [{ conditions: [{ code: 'gout' }] }, 'conditions.0.code'],
    [{ habits: { tobacco: 'sometimes' } }, 'habits.tobacco'],
    [{ habits: { tobacco: 'current', cigarettesPerDay: 101 } }, 'habits.cigarettesPerDay'],
    [{ habits: { tobacco: 'current', cigarettesPerDay: 2.5 } }, 'habits.cigarettesPerDay'],
    [{ conditions: [{ code: 'diabetes', hba1cPercent: 25 }] }, 'conditions.0.hba1cPercent'],
    [{ conditions: [{ code: 'hypertension', hba1cPercent: 7 }] }, 'conditions.0.hba1cPercent'],
    [{ chiefComplaint: 'x'.repeat(2001) }, 'chiefComplaint'],
    [{ version: -1 }, 'version'],
  ])('names the failing field (%j) and changes nothing', async (change, field) => {
    const id = await register(owner())
    const response = await save(owner(), id, { ...HISTORY, version: 0, ...change })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe(field)
    expect(await (await historyOf(owner(), id)).json()).toMatchObject({ version: 0 })
  })

  it('keeps cigarettes a day and the HbA1c of a diabetes entry (the periodontitis grade reads them)', async () => {
    const id = await register(owner())
    const history = {
      ...HISTORY,
      conditions: [{ code: 'diabetes', since: '2019', hba1cPercent: 7.4 }],
      habits: { tobacco: 'current', tobaccoForms: ['smoking'], cigarettesPerDay: 12 },
    }
    const saved = await save(owner(), id, { ...history, version: 0 })
    expect(saved.status).toBe(200)
    const body = await (await historyOf(owner(), id)).json()
    expect(body).toMatchObject({
      conditions: [{ code: 'diabetes', hba1cPercent: 7.4 }],
      habits: { cigarettesPerDay: 12 },
    })
  })

  it('answers 404 for an unknown patient', async () => {
    const response = await historyOf(owner(), '00000000-0000-4000-8000-000000000000')
    expect(response.status).toBe(404)
  })

  it('records every read in the audit log and keeps every version', async () => {
    const id = await register(owner())
    await save(owner(), id, { ...HISTORY, version: 0 })
    await save(owner(), id, { ...HISTORY, allergies: [], version: 1 })
    await historyOf(owner(), id)
    const events = await t.database.asOwner(async (tx) => {
      const { rows } = await sql<{ action: string; before: { allergies?: unknown[] } | null }>`
        SELECT action, before FROM audit_events
        WHERE clinic_id = ${clinicId} AND patient_id = ${id} AND table_name = 'medical_histories'
        ORDER BY id`.execute(tx)
      return rows
    })
    expect(events.map((event) => event.action)).toEqual(['insert', 'update', 'read'])
    expect(events[1]?.before?.allergies).toHaveLength(2)
  })
})

describe('who may see clinical data', () => {
  it('receptionists and accountants get 403, no alerts, and the database returns nothing', async () => {
    const id = await register(owner())
    await save(owner(), id, { ...HISTORY, version: 0 })
    for (const role of ['receptionist', 'accountant'] as const) {
      expect((await historyOf(person(role).client, id)).status, role).toBe(403)
      expect((await save(person(role).client, id, { ...HISTORY, version: 1 })).status).toBe(403)
    }
    const header = await (await person('receptionist').client.get(`/api/v1/patients/${id}`)).json()
    expect(header).toMatchObject({ alerts: null, clinicalAccess: { read: false, write: false } })

    for (const role of ['receptionist', 'accountant'] as const) {
      expect(await asInDatabase(role, countHistories(id)), role).toBe(0)
      expect(await asInDatabase(role, insertHistory(id)), role).toBe('refused')
      expect(await asInDatabase(role, updateHistories(id)), role).toBe(0)
    }
    expect(await asInDatabase('owner', countHistories(id))).toBe(1)
  })

  it('doctors and assistants see only their care team’s patients; the owner assigns them', async () => {
    const id = await register(owner())
    await save(owner(), id, { ...HISTORY, version: 0 })
    const doctor = person('doctor').client
    const assistant = person('assistant').client

    expect((await historyOf(doctor, id)).status).toBe(403)
    expect((await historyOf(assistant, id)).status).toBe(403)
    expect(await asInDatabase('doctor', countHistories(id))).toBe(0)
    expect(await asInDatabase('doctor', updateHistories(id))).toBe(0)

    const reception = person('receptionist').client
    for (const role of ['doctor', 'assistant'] as const) {
      const added = await reception.post(`/api/v1/patients/${id}/care-team`, {
        userId: person(role).userId,
      })
      expect(added.status, role).toBe(204)
    }
    const team = (await (await reception.get(`/api/v1/patients/${id}/care-team`)).json()) as {
      role: string
    }[]
    expect(team.map((member) => member.role).sort()).toEqual(['assistant', 'doctor'])

    expect((await historyOf(doctor, id)).status).toBe(200)
    expect(
      (await save(doctor, id, { ...HISTORY, chiefComplaint: 'Doctor', version: 1 })).status,
    ).toBe(200)
    expect(await asInDatabase('doctor', countHistories(id))).toBe(1)

    // Assistants read their patients' history but do not change it.
    expect((await historyOf(assistant, id)).status).toBe(200)
    expect((await save(assistant, id, { ...HISTORY, version: 2 })).status).toBe(403)
    expect(await asInDatabase('assistant', updateHistories(id))).toBe(0)

    // Taken off the team, the doctor loses access at once.
    const removed = await reception.delete(
      `/api/v1/patients/${id}/care-team/${person('doctor').userId}`,
    )
    expect(removed.status).toBe(204)
    expect((await historyOf(doctor, id)).status).toBe(403)
  })

  it('a doctor who registers a patient is on the care team; another doctor is not', async () => {
    const id = await register(person('doctor').client, 'Ravi Kumar')
    expect((await historyOf(person('doctor').client, id)).status).toBe(200)
    expect((await historyOf(person('doctor2').client, id)).status).toBe(403)
  })

  it('doctors may not assign themselves; only doctors and assistants can be assigned', async () => {
    const id = await register(owner())
    const doctor = person('doctor')
    const selfAdd = await doctor.client.post(`/api/v1/patients/${id}/care-team`, {
      userId: doctor.userId,
    })
    expect(selfAdd.status).toBe(403)
    const inDatabase = await asInDatabase('doctor', (tx) =>
      sql`INSERT INTO patient_care_team (clinic_id, patient_id, user_id)
          VALUES (${clinicId}, ${id}, ${doctor.userId})`.execute(tx),
    )
    expect(inDatabase).toBe('refused')

    const wrongRole = await owner().post(`/api/v1/patients/${id}/care-team`, {
      userId: person('receptionist').userId,
    })
    expect(wrongRole.status).toBe(400)
    expect(((await wrongRole.json()) as { error: { field: string } }).error.field).toBe('userId')
  })

  it('the clinic setting lets every doctor see every patient, and only the owner changes it', async () => {
    const id = await register(owner())
    const doctor2 = person('doctor2').client
    expect((await historyOf(doctor2, id)).status).toBe(403)
    expect(
      (
        await person('doctor').client.patch('/api/v1/clinic/settings', {
          doctorsSeeAllPatients: true,
        })
      ).status,
    ).toBe(403)
    const changed = await owner().patch('/api/v1/clinic/settings', { doctorsSeeAllPatients: true })
    expect(changed.status).toBe(200)
    expect(await changed.json()).toMatchObject({ doctorsSeeAllPatients: true })
    try {
      expect((await historyOf(doctor2, id)).status).toBe(200)
      // Assistants still need to be on the team.
      expect((await historyOf(person('assistant').client, id)).status).toBe(403)
    } finally {
      await owner().patch('/api/v1/clinic/settings', { doctorsSeeAllPatients: false })
    }
    expect((await historyOf(doctor2, id)).status).toBe(403)
  })
})

describe('another clinic', () => {
  it('cannot read or change the history or the care team of this clinic’s patients', async () => {
    const id = await register(owner())
    await save(owner(), id, { ...HISTORY, version: 0 })
    await owner().post(`/api/v1/patients/${id}/care-team`, { userId: person('doctor').userId })
    const other = (await signUpClinic(t.app, 'Other Dental')).client
    const doctorId = person('doctor').userId
    const answers = [
      await historyOf(other, id),
      await save(other, id, { ...HISTORY, chiefComplaint: 'Changed', version: 1 }),
      await other.get(`/api/v1/patients/${id}/care-team`),
      await other.post(`/api/v1/patients/${id}/care-team`, { userId: doctorId }),
      await other.delete(`/api/v1/patients/${id}/care-team/${doctorId}`),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404])
    // Nothing changed, and the other clinic's directory does not list this clinic's doctor.
    expect(await (await historyOf(owner(), id)).json()).toMatchObject({ version: 1 })
    const team = (await (await owner().get(`/api/v1/patients/${id}/care-team`)).json()) as unknown[]
    expect(team).toHaveLength(1)
    const theirClinicians = (await (await other.get('/api/v1/clinicians')).json()) as unknown[]
    expect(theirClinicians).toEqual([])
  })
})

/** Runs `work` in the database as the staff member with `role`, then rolls back. */
const asInDatabase = (role: Role, work: (tx: Tx) => Promise<unknown>) =>
  inDatabaseAs(t.database.db, { clinicId, userId: person(role).userId }, work)

const countHistories = (id: string) => async (tx: Tx) =>
  (
    await sql<{
      n: number
    }>`SELECT count(*)::int AS n FROM medical_histories WHERE patient_id = ${id}`.execute(tx)
  ).rows[0]?.n

const updateHistories = (id: string) => async (tx: Tx) =>
  Number(
    (
      await sql`UPDATE medical_histories SET chief_complaint = 'changed' WHERE patient_id = ${id}`.execute(
        tx,
      )
    ).numAffectedRows,
  )

const insertHistory = (id: string) => (tx: Tx) =>
  sql`INSERT INTO medical_histories (clinic_id, patient_id, updated_by)
      VALUES (${clinicId}, ${id}, ${person('owner').userId})`
    .execute(tx)
    .then(() => 'done')
