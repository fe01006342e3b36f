import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Prescription } from '../../../shared/contracts/prescriptions.ts'
import { signUpClinic, type TestClient } from '../../../test/http-client.ts'
import { inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import {
  addToCareTeam,
  amoxicillinLine,
  azithromycinLine,
  draftBody,
  fieldsOf,
  giveRegistration,
  registerPatient,
} from './prescriptions-test-helpers.ts'

type Person = { client: TestClient; userId: string }
let t: TestApp
let owner: Person & { clinicId: string }
let doctor: Person
let unregistered: Person
let assistant: Person
let receptionist: Person
let accountant: Person
let patientId = ''

const base = () => `/api/v1/patients/${patientId}/prescriptions`

async function draft(client: TestClient = doctor.client, body = draftBody()) {
  const response = await client.post(base(), body)
  expect(response.status, await response.clone().text()).toBe(201)
  return (await response.json()) as Prescription
}

async function issued() {
  const created = await draft()
  const response = await doctor.client.post(`/api/v1/prescriptions/${created.id}/issue`, {
    overrides: [],
  })
  expect(response.status, await response.clone().text()).toBe(200)
  return (await response.json()) as Prescription
}

/** Every prescription row of the patient, as stored: nothing may change on a refusal. */
const stored = () =>
  t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ rows: unknown }>`
      SELECT jsonb_build_object(
        'prescriptions', (SELECT jsonb_agg(to_jsonb(p) ORDER BY p.id) FROM prescriptions p
                          WHERE p.clinic_id = ${owner.clinicId}),
        'lines', (SELECT jsonb_agg(to_jsonb(l) ORDER BY l.prescription_id, l.position)
                  FROM prescription_lines l WHERE l.clinic_id = ${owner.clinicId})) AS rows`.execute(
      tx,
    )
    return rows[0]?.rows
  })

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(new Date('2026-12-05T04:30:00Z'))
  const signedUp = await signUpClinic(t.app)
  owner = { client: signedUp.client, userId: signedUp.userId, clinicId: signedUp.clinicId }
  const outbox = t.deps.outboxDir as string
  doctor = await addStaff(t.app, outbox, owner.client, 'doctor')
  unregistered = await addStaff(t.app, outbox, owner.client, 'doctor')
  assistant = await addStaff(t.app, outbox, owner.client, 'assistant')
  receptionist = await addStaff(t.app, outbox, owner.client, 'receptionist')
  accountant = await addStaff(t.app, outbox, owner.client, 'accountant')
  await giveRegistration(t, owner, doctor.userId, 'DCI-B-13579')
  patientId = await registerPatient(owner.client, 'Rules Patient')
  for (const person of [doctor, unregistered, assistant]) {
    await addToCareTeam(owner.client, patientId, person.userId)
  }
}, 180_000)
afterAll(() => t.close())

describe('bad input changes nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['a code not in the master without isCustom', { drugCode: 'snake_oil' }, 'lines.0.drugCode'],
    ['no code and not custom', { drugCode: null }, 'lines.0.drugCode'],
    ['a custom line with a code', { isCustom: true }, 'lines.0.drugCode'],
    ['a dose of zero', { doseAmount: 0 }, 'lines.0.doseAmount'],
    ['a dose above the hard limit', { doseAmount: 10 }, 'lines.0.doseAmount'],
    ['more than three decimals', { doseAmount: 1.0005 }, 'lines.0.doseAmount'],
    ['a duration over a year', { durationDays: 366 }, 'lines.0.durationDays'],
  ]
  for (const [what, change, field] of cases) {
    it(`${what}: 400 naming ${field}`, async () => {
      const before = await stored()
      const response = await doctor.client.post(
        base(),
        draftBody([{ ...amoxicillinLine, ...change } as typeof amoxicillinLine]),
      )
      expect(response.status).toBe(400)
      expect(await fieldsOf(response)).toContain(field)
      expect(await stored()).toEqual(before)
    })
  }

  it('a custom line with its name is accepted', async () => {
    const created = await draft(
      doctor.client,
      draftBody([
        { ...azithromycinLine, drugCode: null, isCustom: true, genericName: 'Clove oil' },
      ]),
    )
    expect(created.lines[0]).toMatchObject({ isCustom: true, drugCode: null, schedule: null })
  })

  it('the same bad line in a PUT leaves the draft as it was', async () => {
    const created = await draft()
    const before = await stored()
    const response = await doctor.client.put(
      `/api/v1/prescriptions/${created.id}`,
      draftBody([azithromycinLine, { ...amoxicillinLine, doseAmount: 10 }]),
    )
    expect(response.status).toBe(400)
    expect(await fieldsOf(response)).toEqual(['lines.1.doseAmount'])
    expect(await stored()).toEqual(before)
  })

  it('a patient of another clinic is 404, and their prescriptions are invisible', async () => {
    const other = await signUpClinic(t.app, 'Other Clinic')
    const otherPatient = await registerPatient(other.client, 'Other Patient')
    const response = await doctor.client.post(
      `/api/v1/patients/${otherPatient}/prescriptions`,
      draftBody(),
    )
    expect(response.status).toBe(404)
    const mine = await draft()
    expect((await other.client.get(`/api/v1/prescriptions/${mine.id}`)).status).toBe(404)
    expect(
      (await other.client.post(`/api/v1/prescriptions/${mine.id}/issue`, { overrides: [] })).status,
    ).toBe(404)
  })
})

describe('issued prescriptions are immutable', () => {
  it('PUT and DELETE of an issued prescription are 409 and change nothing', async () => {
    const prescription = await issued()
    const before = await stored()
    const put = await doctor.client.put(`/api/v1/prescriptions/${prescription.id}`, draftBody())
    expect(put.status).toBe(409)
    const removed = await doctor.client.delete(`/api/v1/prescriptions/${prescription.id}`)
    expect(removed.status).toBe(409)
    const again = await doctor.client.post(`/api/v1/prescriptions/${prescription.id}/issue`, {
      overrides: [],
    })
    expect(again.status).toBe(409)
    expect(await stored()).toEqual(before)
  })

  it('the database refuses a direct change to an issued prescription or its lines', async () => {
    const prescription = await issued()
    const asOwner = { clinicId: owner.clinicId, userId: owner.userId }
    for (const statement of [
      sql`UPDATE prescriptions SET diagnosis = 'changed' WHERE id = ${prescription.id}`,
      sql`UPDATE prescriptions SET prescriber_registration = 'X-1' WHERE id = ${prescription.id}`,
      sql`UPDATE prescriptions SET status = 'draft' WHERE id = ${prescription.id}`,
      sql`DELETE FROM prescriptions WHERE id = ${prescription.id}`,
      sql`DELETE FROM prescription_lines WHERE prescription_id = ${prescription.id}`,
      sql`UPDATE prescription_lines SET quantity = '99' WHERE prescription_id = ${prescription.id}`,
      sql`INSERT INTO prescription_lines (clinic_id, prescription_id, position, patient_id, drug_code,
            is_custom, generic_name, form, dose_amount, dose_unit, route, frequency, food_timing,
            duration_days, quantity)
          VALUES (${owner.clinicId}, ${prescription.id}, 5, ${patientId}, null, true, 'Extra',
            'tablet', 1, 'tablet', 'oral', '1-0-0', 'any', 1, '1')`,
    ]) {
      expect(await inDatabaseAs(t.database.db, asOwner, (tx) => statement.execute(tx))).toBe(
        'refused',
      )
    }
  })

  it('cancelling changes only the cancellation columns, once (database too)', async () => {
    const prescription = await issued()
    const asDoctor = { clinicId: owner.clinicId, userId: doctor.userId }
    expect(
      await inDatabaseAs(t.database.db, asDoctor, (tx) =>
        sql`UPDATE prescriptions SET status = 'cancelled', cancelled_at = now(),
              cancelled_by = ${doctor.userId}, cancel_reason = 'x', diagnosis = 'sneaked in'
            WHERE id = ${prescription.id}`.execute(tx),
      ),
    ).toBe('refused')
  })
})

describe('roles', () => {
  it('a doctor without a registration number cannot issue: 409 naming registrationNumber', async () => {
    const created = await draft(unregistered.client)
    const before = await stored()
    const response = await unregistered.client.post(`/api/v1/prescriptions/${created.id}/issue`, {
      overrides: [],
    })
    expect(response.status).toBe(409)
    const body = (await response.clone().json()) as { error: { reason: string } }
    expect(body.error.reason).toBe('prescription.registration_missing')
    expect(await fieldsOf(response)).toEqual(['registrationNumber'])
    expect(await stored()).toEqual(before)
  })

  it('an assistant reads prescriptions but cannot draft, issue or cancel', async () => {
    const prescription = await issued()
    const created = await draft()
    expect((await assistant.client.get(base())).status).toBe(200)
    const read = await assistant.client.get(`/api/v1/prescriptions/${prescription.id}`)
    expect(read.status, await read.clone().text()).toBe(200)
    const pdf = await assistant.client.get(`/api/v1/prescriptions/${prescription.id}/pdf`)
    expect(pdf.status, await pdf.clone().text()).toBe(200)
    const before = await stored()
    expect((await assistant.client.post(base(), draftBody())).status).toBe(403)
    expect(
      (await assistant.client.post(`/api/v1/prescriptions/${created.id}/issue`, { overrides: [] }))
        .status,
    ).toBe(403)
    expect(
      (
        await assistant.client.post(`/api/v1/prescriptions/${prescription.id}/cancel`, {
          reason: 'Not mine to cancel',
        })
      ).status,
    ).toBe(403)
    expect(await stored()).toEqual(before)
  })

  it('the database lets an assistant change no prescription', async () => {
    const created = await draft()
    const before = await stored()
    const changed = await inDatabaseAs(
      t.database.db,
      { clinicId: owner.clinicId, userId: assistant.userId },
      async (tx) =>
        Number(
          (
            await sql`UPDATE prescriptions SET diagnosis = 'by assistant' WHERE id = ${created.id}`.execute(
              tx,
            )
          ).numAffectedRows,
        ),
    )
    expect(changed).toBe(0)
    expect(await stored()).toEqual(before)
  })

  for (const role of ['receptionist', 'accountant'] as const) {
    it(`a ${role} cannot read prescriptions`, async () => {
      const prescription = await issued()
      const client = role === 'receptionist' ? receptionist.client : accountant.client
      expect((await client.get(base())).status).toBe(403)
      expect((await client.get(`/api/v1/prescriptions/${prescription.id}`)).status).toBe(403)
      expect((await client.get(`/api/v1/prescriptions/${prescription.id}/pdf`)).status).toBe(403)
      expect((await client.post(base(), draftBody())).status).toBe(403)
    })
  }

  it('a draft is deleted; DELETE of an unknown one is 404', async () => {
    const created = await draft()
    expect((await doctor.client.delete(`/api/v1/prescriptions/${created.id}`)).status).toBe(204)
    expect((await doctor.client.get(`/api/v1/prescriptions/${created.id}`)).status).toBe(404)
  })
})
