import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUpClinic, type TestClient, uniqueEmail } from '../../../test/http-client.ts'
import { asClinicSystem, inDatabaseAs } from '../../../test/in-database-as.ts'
import { addStaff } from '../../../test/staff-helpers.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { ROLES, type Role } from '../../db/schema.ts'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import { defaultNotice } from '../consent/index.ts'
import { CAPABILITIES, type Capability, can } from './role-matrix.ts'

let t: TestApp
const people = new Map<Role, { client: TestClient; userId: string }>()
let clinicId = ''
let patientId = ''
let unassignedPatientId = ''
/** Per role, a patient to keep and two duplicates: one for the API check, one for the database's. */
const mergePairs = new Map<Role, [string, string, string]>()
/** Per role, two draft notes the owner wrote: one to sign through the API, one in the database. */
const drafts = new Map<Role, [string, string]>()

// The app's (and so the database's) clock is fixed before the dates below, whatever today is.
const NOW = new Date('2026-12-01T04:30:00Z')

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set(NOW)
  const owner = await signUpClinic(t.app)
  clinicId = owner.clinicId
  people.set('owner', owner)
  for (const role of ROLES.filter((role) => role !== 'owner')) {
    people.set(role, await addStaff(t.app, t.deps.outboxDir as string, owner.client, role))
  }
  patientId = await registerAs(owner.client, 'Asha Verma')
  unassignedPatientId = await registerAs(owner.client, 'Nobody Assigned')
  for (const role of ['doctor', 'assistant'] as const) {
    const added = await owner.client.post(`/api/v1/patients/${patientId}/care-team`, {
      userId: person(role).userId,
    })
    if (added.status !== 204) throw new Error(`care team: ${added.status}`)
  }
  for (const id of [patientId, unassignedPatientId]) {
    const saved = await owner.client.put(`/api/v1/patients/${id}/history`, {
      conditions: [{ code: 'diabetes' }],
      allergies: [],
      medications: [],
      habits: {},
      dentalHistory: {},
      chiefComplaint: 'Check-up',
      version: 0,
    })
    if (saved.status !== 200) throw new Error(`history: ${saved.status}`)
  }
  for (const role of ROLES) {
    mergePairs.set(role, [
      await registerAs(owner.client, `Merge Keep ${role}`),
      await registerAs(owner.client, `Merge Duplicate ${role}`),
      await registerAs(owner.client, `Merge Second Duplicate ${role}`),
    ])
  }
  for (const role of ROLES) {
    const pair: string[] = []
    for (const which of ['api', 'database']) {
      const draft = await owner.client.post(`/api/v1/patients/${patientId}/notes`, {
        subjective: `Draft for ${role} (${which})`,
      })
      if (draft.status !== 201) throw new Error(`note: ${draft.status}`)
      pair.push(((await draft.json()) as { id: string }).id)
    }
    drafts.set(role, pair as [string, string])
  }
  // The owner, who also treats patients, has an appointment: whose calendar a doctor sees.
  const ownersAppointment = await owner.client.post('/api/v1/appointments', {
    patientId,
    doctorUserId: owner.userId,
    startsAt: '2027-01-05T10:00:00+05:30',
  })
  if (ownersAppointment.status !== 201) throw new Error(`appointment: ${ownersAppointment.status}`)
  const type = await owner.client.post('/api/v1/schedule/appointment-types', {
    name: 'Check-up',
    defaultMinutes: 15,
    colour: '#e76f51',
  })
  if (type.status !== 201) throw new Error(`appointment type: ${type.status}`)
  // A message that went out: the message log shows it; appointment writers do not see it.
  await asClinicSystem(t.database, clinicId, ['messaging.send'], (tx) =>
    sql`INSERT INTO messages (clinic_id, patient_id, kind, channel, idempotency_key, due_at, status, sent_at)
        VALUES (${clinicId}, ${patientId}, 'payment_reminder', 'whatsapp', 'matrix-sent', ${NOW}, 'sent', ${NOW})`.execute(
      tx,
    ),
  )
}, 120_000)

/** Per role, a distinct future time, so bookings made by different roles never collide. */
const slotFor = (role: Role) => `2027-02-0${ROLES.indexOf(role) + 1}T10:00:00+05:30`

async function registerAs(client: TestClient, fullName: string) {
  const patient = await client.post('/api/v1/patients', { fullName, ageYears: 30, sex: 'female' })
  if (patient.status !== 201) throw new Error(`patient: ${patient.status} ${await patient.text()}`)
  return ((await patient.json()) as { id: string }).id
}
afterAll(() => t.close())

const person = (role: Role) => people.get(role) as { client: TestClient; userId: string }

/** Something that changes when the call succeeds; compared before and after a refusal. */
const state = () =>
  t.database.asOwner(async (tx) => {
    const { rows } = await sql<{ invitations: number; clinic: string; patients: number }>`
      SELECT (SELECT count(*)::int FROM invitations WHERE clinic_id = ${clinicId}) AS invitations,
             (SELECT count(*)::int FROM patients WHERE clinic_id = ${clinicId}) AS patients,
             (SELECT count(*)::int FROM consent_notices WHERE clinic_id = ${clinicId}) AS notices,
             (SELECT count(*)::int FROM patients WHERE clinic_id = ${clinicId} AND merged_into_id IS NOT NULL) AS merged,
             (SELECT count(*)::int FROM patient_care_team WHERE clinic_id = ${clinicId}) AS care_team,
             (SELECT count(*)::int FROM appointments WHERE clinic_id = ${clinicId}) AS appointments,
             (SELECT count(*)::int FROM vitals WHERE clinic_id = ${clinicId}) AS vitals,
             (SELECT count(*)::int FROM clinical_notes WHERE clinic_id = ${clinicId} AND signed_at IS NOT NULL) AS signed_notes,
             (SELECT count(*)::int FROM appointment_types WHERE clinic_id = ${clinicId}) AS appointment_types,
             (SELECT count(*)::int FROM note_templates WHERE clinic_id = ${clinicId}) AS note_templates,
             (SELECT count(*)::int FROM procedures WHERE clinic_id = ${clinicId}) AS procedures,
             (SELECT coalesce(sum(version), 0)::int FROM medical_histories WHERE clinic_id = ${clinicId}) AS histories,
             (SELECT to_jsonb(c)::text FROM clinics c WHERE id = ${clinicId}) AS clinic`.execute(tx)
    return rows[0]
  })

/** One API call per capability: what a person with it can do and others cannot. */
const calls: Record<Capability, (client: TestClient, role: Role) => Promise<Response>> = {
  'audit.read': (client) => client.get('/api/v1/audit/events'),
  'audit.verify': (client) => client.post('/api/v1/audit/verify'),
  'catalogue.manage': (client, role) =>
    client.post('/api/v1/catalogue/procedures', {
      code: `ROLE-${ROLES.indexOf(role)}`,
      name: `Procedure added by ${role}`,
      category: 'other',
      pricingModel: 'fixed',
      pricePaise: 100_000,
      sacCode: '999312',
      taxable: false,
      gstRateBp: 0,
    }),
  'catalogue.read': (client) => client.get('/api/v1/catalogue/procedures'),
  'billing.read': (client) => client.get(`/api/v1/patients/${patientId}/invoices`),
  'billing.reports': (client) =>
    client.get('/api/v1/billing/reports/gst-summary?from=2026-04-01&to=2026-04-30'),
  'billing.write': (client) =>
    client.post(`/api/v1/patients/${patientId}/invoices`, {
      lines: [
        { description: 'Consultation', sacCode: '999312', quantity: 1, unitPricePaise: 50_000 },
      ],
    }),
  'clinical.all_patients': (client) =>
    client.get(`/api/v1/patients/${unassignedPatientId}/history`),
  'clinical.chart_entry': (client) =>
    client.post(`/api/v1/patients/${patientId}/vitals`, { pulse: 72, spo2: 98 }),
  'clinical.sign': (client, role) =>
    client.post(`/api/v1/patients/${patientId}/notes/${drafts.get(role)?.[0]}/sign`, {
      version: 1,
    }),
  'clinical.read': (client) => client.get(`/api/v1/patients/${patientId}/history`),
  'clinical.templates': (client, role) =>
    client.post('/api/v1/note-templates', { name: `Template ${role}`, plan: 'Review: [[When]]' }),
  'clinical.write': async (client) => {
    const current = (await (
      await person('owner').client.get(`/api/v1/patients/${patientId}/history`)
    ).json()) as { version: number }
    return client.put(`/api/v1/patients/${patientId}/history`, {
      conditions: [],
      allergies: [{ substance: 'Penicillin', category: 'drug', severity: 'severe' }],
      medications: [],
      habits: {},
      dentalHistory: {},
      chiefComplaint: null,
      version: current.version,
    })
  },
  'patient.care_team': async (client) => {
    const path = `/api/v1/patients/${unassignedPatientId}/care-team`
    const added = await client.post(path, { userId: person('doctor').userId })
    // Undo, so the next role starts from the same team.
    if (added.status === 204) await client.delete(`${path}/${person('doctor').userId}`)
    return added
  },
  'patient.merge': (client, role) => {
    const [kept, duplicate] = mergePairs.get(role) as [string, string, string]
    return client.post(`/api/v1/patients/${kept}/merge`, { duplicateId: duplicate })
  },
  'tax.read': (client) => client.get('/api/v1/clinic/tax-profile'),
  'tax.settings': (client, role) =>
    client.patch('/api/v1/clinic/tax-profile', { legalName: `Legal name set by ${role}` }),
  'clinic.settings': (client) =>
    client.patch('/api/v1/clinic/settings', { requireTwoFactor: false }),
  'consent.notice': (client) =>
    client.post('/api/v1/consent/notices', {
      languages: { en: defaultNotice('Matrix Dental', 'Front desk').en },
    }),
  'lab.manage': (client, role) => client.post('/api/v1/labs', { name: `Lab of ${role}` }),
  'messaging.manage': (client) =>
    client.put('/api/v1/messaging/settings', {
      mode: 'whatsapp',
      sendConfirmations: true,
      reminderMinutes: [1440, 120],
      quietHours: { start: '21:00', end: '08:00' },
    }),
  'messaging.read': (client) => client.get(`/api/v1/patients/${patientId}/messages`),
  'messaging.reply': (client) => client.post(`/api/v1/messaging/conversations/${patientId}/seen`),
  'patient.read': (client) => client.post('/api/v1/patients/search', { q: 'Sharma' }),
  'patient.write': (client) =>
    client.post('/api/v1/patients', { fullName: 'Kavya Sharma', ageYears: 34, sex: 'female' }),
  // A draft the owner wrote (a custom line: no warnings), issued by the role, who has a
  // registration number (without one, no role may issue: IMC Regulations 1.4.2).
  'prescription.issue': async (client, role) => {
    // As the owner in the clinic's context: the audit trigger on memberships needs one.
    await withClinic(t.database.db, { clinicId, userId: person('owner').userId }, (tx) =>
      sql`UPDATE memberships SET registration_number = ${`REG-${ROLES.indexOf(role)}`}
          WHERE clinic_id = ${clinicId} AND user_id = ${person(role).userId}`.execute(tx),
    )
    const draft = await person('owner').client.post(`/api/v1/patients/${patientId}/prescriptions`, {
      diagnosis: '',
      advice: '',
      followUpDate: null,
      language: 'en',
      lines: [
        {
          drugCode: null,
          isCustom: true,
          genericName: 'Warm saline',
          strength: null,
          form: 'gargle',
          doseAmount: 10,
          doseUnit: 'ml',
          route: 'mouth_rinse',
          frequency: '1-1-1',
          foodTiming: 'after_food',
          durationDays: 3,
          quantity: 'As needed',
          instructions: '',
        },
      ],
    })
    const { id } = (await draft.json()) as { id: string }
    return client.post(`/api/v1/prescriptions/${id}/issue`, { overrides: [] })
  },
  'schedule.read': (client) => client.get('/api/v1/appointments?from=2027-01-05'),
  'schedule.write': (client, role) =>
    client.post('/api/v1/appointments', {
      patientId,
      doctorUserId: person('doctor').userId,
      startsAt: slotFor(role),
    }),
  'schedule.all_doctors': (client) =>
    client.get(
      `/api/v1/appointments/free-slots?doctorUserId=${person('owner').userId}&date=2027-01-05&durationMinutes=30`,
    ),
  'schedule.configure': (client, role) =>
    client.post('/api/v1/schedule/appointment-types', {
      name: `Consultation ${role}`,
      defaultMinutes: 15,
      colour: '#264653',
    }),
  'staff.grant_privileged': (client) =>
    client.post('/api/v1/staff/invitations', { email: uniqueEmail(), role: 'admin' }),
  'staff.manage': (client) =>
    client.post('/api/v1/staff/invitations', { email: uniqueEmail(), role: 'receptionist' }),
  'staff.read': (client) => client.get('/api/v1/staff'),
}

describe('the role matrix, through the API', () => {
  for (const role of ROLES) {
    for (const capability of Object.keys(CAPABILITIES) as Capability[]) {
      const allowed = can(role, capability)
      it(`${role} ${allowed ? 'can' : 'cannot'} ${capability}`, async () => {
        const before = await state()
        const response = await calls[capability](person(role).client, role)
        if (allowed) {
          expect(response.status).toBeLessThan(300)
        } else {
          expect(response.status).toBe(403)
          expect(await state()).toEqual(before)
        }
      })
    }
  }
})

/** Runs `work` in the database as the staff member with `role`, then rolls back. */
const asRoleInDatabase = (role: Role, work: (tx: Tx) => Promise<unknown>) =>
  inDatabaseAs(t.database.db, { clinicId, userId: person(role).userId }, work)

const inviteRow = (tx: Tx, inviteRole: Role, userId: string) =>
  sql`INSERT INTO invitations (clinic_id, email, role, token_hash, invited_by, created_at, expires_at)
      VALUES (${clinicId}, ${uniqueEmail()}, ${inviteRole}, ${randomUUID().replaceAll('-', '').repeat(2)},
              ${userId}, now(), now() + interval '1 hour')`
    .execute(tx)
    .then(() => 'done')

/**
 * The same limits, enforced by the database with no route in between: a route
 * that forgot authorize() still cannot read or change what the role may not.
 * (audit.verify reads nothing beyond audit.read, so it is a route-level check.)
 */
const databaseChecks: Partial<Record<Capability, (tx: Tx, role: Role) => Promise<unknown>>> = {
  'audit.read': async (tx) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events`.execute(tx)).rows[0]
        ?.n,
    ) > 0,
  'consent.notice': (tx, role) =>
    sql`INSERT INTO consent_notices (clinic_id, version, language, content, content_hash, published_by)
        VALUES (${clinicId}, ${100 + ROLES.indexOf(role)}, 'en', '{}'::jsonb, ${'a'.repeat(64)}, ${person(role).userId})`
      .execute(tx)
      .then(() => 'done'),
  'lab.manage': (tx, role) =>
    sql`INSERT INTO labs (clinic_id, name) VALUES (${clinicId}, ${`In database ${role}`})`
      .execute(tx)
      .then(() => 'done'),
  'patient.read': async (tx) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM patients`.execute(tx)).rows[0]?.n,
    ) > 0,
  'catalogue.read': async (tx) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM procedures`.execute(tx)).rows[0]?.n,
    ) > 0,
  'billing.read': async (tx) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM invoices`.execute(tx)).rows[0]?.n,
    ) > 0,
  'billing.write': (tx, role) =>
    sql`INSERT INTO invoices (clinic_id, patient_id, created_by)
        VALUES (${clinicId}, ${patientId}, ${person(role).userId})`
      .execute(tx)
      .then(() => 'done'),
  'catalogue.manage': (tx, role) =>
    sql`INSERT INTO procedures (clinic_id, code, name, category, pricing_model, price_paise, sac_code)
        VALUES (${clinicId}, ${`DB-${ROLES.indexOf(role)}`}, 'In database', 'other', 'fixed', 100, '999312')`
      .execute(tx)
      .then(() => 'done'),
  'patient.write': async (tx) =>
    Number(
      (await sql`UPDATE patients SET referral_source = 'checked'`.execute(tx)).numAffectedRows,
    ) > 0,
  'clinical.chart_entry': (tx, role) =>
    sql`INSERT INTO vitals (clinic_id, patient_id, pulse, recorded_by)
        VALUES (${clinicId}, ${patientId}, 72, ${person(role).userId})`
      .execute(tx)
      .then(() => 'done'),
  'clinical.sign': async (tx, role) =>
    Number(
      (
        await sql`UPDATE clinical_notes
                  SET signed_by = ${person(role).userId}, signed_at = now(), content_hash = ${'a'.repeat(64)}
                  WHERE id = ${drafts.get(role)?.[1] ?? ''}`.execute(tx)
      ).numAffectedRows,
    ) > 0,
  'clinical.read': (tx) => countHistoriesOf(tx, patientId),
  'clinical.templates': (tx, role) =>
    sql`INSERT INTO note_templates (clinic_id, name) VALUES (${clinicId}, ${`In database ${role}`})`
      .execute(tx)
      .then(() => 'done'),
  'clinical.all_patients': (tx) => countHistoriesOf(tx, unassignedPatientId),
  'clinical.write': async (tx) =>
    Number(
      (
        await sql`UPDATE medical_histories SET chief_complaint = 'checked' WHERE patient_id = ${patientId}`.execute(
          tx,
        )
      ).numAffectedRows,
    ) > 0,
  'patient.care_team': (tx) =>
    sql`INSERT INTO patient_care_team (clinic_id, patient_id, user_id)
        VALUES (${clinicId}, ${unassignedPatientId}, ${person('doctor').userId})`
      .execute(tx)
      .then(() => 'done'),
  'patient.merge': (tx, role) => {
    const [kept, , duplicate] = mergePairs.get(role) as [string, string, string]
    return sql`SELECT merge_patient_records(${kept}::uuid, ${duplicate}::uuid)`
      .execute(tx)
      .then(() => 'done')
  },
  'clinic.settings': async (tx) =>
    Number(
      (await sql`UPDATE clinics SET require_two_factor = false`.execute(tx)).numAffectedRows,
    ) === 1,
  'messaging.manage': (tx) =>
    sql`INSERT INTO messaging_settings (clinic_id, mode) VALUES (${clinicId}, 'whatsapp')
        ON CONFLICT (clinic_id) DO UPDATE SET mode = 'whatsapp'`
      .execute(tx)
      .then(() => 'done'),
  'messaging.read': async (tx) =>
    Number(
      (
        await sql<{
          n: number
        }>`SELECT count(*)::int AS n FROM messages WHERE status = 'sent'`.execute(tx)
      ).rows[0]?.n,
    ) > 0,
  'messaging.reply': (tx) =>
    sql`INSERT INTO message_threads (clinic_id, patient_id, seen_up_to)
        VALUES (${clinicId}, ${patientId}, ${NOW})
        ON CONFLICT (clinic_id, patient_id) DO UPDATE SET seen_up_to = EXCLUDED.seen_up_to`
      .execute(tx)
      .then(() => 'done'),
  'tax.settings': async (tx) =>
    Number(
      (await sql`UPDATE clinics SET legal_name = 'Matrix Legal'`.execute(tx)).numAffectedRows,
    ) === 1,
  'schedule.read': async (tx) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM appointment_types`.execute(tx))
        .rows[0]?.n,
    ) > 0,
  'schedule.all_doctors': async (tx) =>
    Number(
      (
        await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM appointments WHERE doctor_user_id = ${person('owner').userId}`.execute(
          tx,
        )
      ).rows[0]?.n,
    ) > 0,
  'schedule.write': (tx, role) =>
    sql`INSERT INTO appointments (clinic_id, branch_id, patient_id, doctor_user_id, starts_at, ends_at)
        SELECT ${clinicId}, id, ${patientId}, ${person('doctor').userId},
               ${slotFor(role)}::timestamptz + interval '1 hour', ${slotFor(role)}::timestamptz + interval '90 minutes'
        FROM branches LIMIT 1`
      .execute(tx)
      .then(() => 'done'),
  'schedule.configure': (tx, role) =>
    sql`INSERT INTO chairs (clinic_id, branch_id, name)
        SELECT ${clinicId}, id, ${`Chair ${role}`} FROM branches LIMIT 1`
      .execute(tx)
      .then(() => 'done'),
  'staff.grant_privileged': (tx, role) => inviteRow(tx, 'admin', person(role).userId),
  'staff.manage': (tx, role) => inviteRow(tx, 'receptionist', person(role).userId),
  'staff.read': async (tx) =>
    Number(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM memberships`.execute(tx)).rows[0]?.n,
    ) > 1,
}

async function countHistoriesOf(tx: Tx, id: string) {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM medical_histories WHERE patient_id = ${id}`.execute(tx)
  return Number(rows[0]?.n) > 0
}

describe('the role matrix, in the database', () => {
  for (const role of ROLES) {
    for (const [capability, check] of Object.entries(databaseChecks)) {
      const allowed = can(role, capability as Capability)
      it(`${role} ${allowed ? 'can' : 'cannot'} ${capability}`, async () => {
        const outcome = await asRoleInDatabase(role, (tx) => check(tx, role))
        if (allowed) expect(outcome === true || outcome === 'done').toBe(true)
        else expect(outcome === false || outcome === 'refused').toBe(true)
      })
    }
  }

  it('the code matrix and the database matrix are the same', async () => {
    const rows = await t.database.db
      .selectFrom('role_capabilities')
      .select(['role', 'capability'])
      .execute()
    const inDatabase = rows.map((row) => `${row.role} ${row.capability}`).sort()
    const inCode = Object.entries(CAPABILITIES)
      .flatMap(([capability, roles]) => roles.map((role) => `${role} ${capability}`))
      .sort()
    expect(inDatabase).toEqual(inCode)
  })
})
