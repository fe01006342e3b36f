import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { IsolationCase } from './cross-clinic.ts'
import { billingIsolationCases } from './isolation/billing.ts'
import { billingMoneyIsolationCases } from './isolation/billing-money.ts'
import { catalogueIsolationCases } from './isolation/catalogue.ts'
import { chartIsolationCases } from './isolation/chart.ts'
import { formsIsolationCases } from './isolation/forms.ts'
import { formularyIsolationCases } from './isolation/formulary.ts'
import { labIsolationCases } from './isolation/lab.ts'
import { messagingIsolationCases } from './isolation/messaging.ts'
import { notesIsolationCases } from './isolation/notes.ts'
import { perioIsolationCases } from './isolation/perio.ts'
import { planAcceptanceIsolationCases } from './isolation/plan-acceptance.ts'
import { planIsolationCases } from './isolation/plans.ts'
import { prescriptionIsolationCases } from './isolation/prescriptions.ts'

const hash = () => randomUUID().replaceAll('-', '').repeat(2)
const later = new Date(Date.now() + 3_600_000)

/**
 * One cross-clinic case per tenant table. db/catalogue.test.ts fails when a
 * tenant table exists without an entry here, so no table ships untested.
 */
export const isolationCases: Record<string, IsolationCase> = {
  ...billingIsolationCases,
  ...billingMoneyIsolationCases,
  ...catalogueIsolationCases,
  ...chartIsolationCases,
  ...formsIsolationCases,
  ...formularyIsolationCases,
  ...labIsolationCases,
  ...messagingIsolationCases,
  ...notesIsolationCases,
  ...perioIsolationCases,
  ...planAcceptanceIsolationCases,
  ...planIsolationCases,
  ...prescriptionIsolationCases,
  clinics: {
    table: 'clinics',
    tenantColumn: 'id',
    // The tenant root's row is its clinic, created at sign-up.
    insertRow: async (tx, clinic) => {
      await sql`INSERT INTO clinics (id, name) VALUES (${clinic.clinicId}, 'Probe clinic')
                ON CONFLICT (id) DO NOTHING`.execute(tx)
      return clinic.clinicId
    },
    update: { column: 'require_two_factor', value: true },
  },
  branches: {
    table: 'branches',
    insertRow: async (tx, clinic) => {
      const row = await tx
        .insertInto('branches')
        .values({ clinic_id: clinic.clinicId, name: `Branch ${randomUUID()}` })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id
    },
    update: { column: 'name', value: 'Renamed by another clinic' },
  },
  memberships: {
    table: 'memberships',
    // Every clinic already has its owner's membership: that is the row under attack.
    insertRow: async (tx, clinic) => {
      await sql`INSERT INTO memberships (clinic_id, user_id, role)
                VALUES (${clinic.clinicId}, ${clinic.ownerUserId}, 'owner')
                ON CONFLICT (clinic_id, user_id) DO NOTHING`.execute(tx)
      const { rows } = await sql<{ id: string }>`
        SELECT id FROM memberships WHERE clinic_id = ${clinic.clinicId}
          AND user_id = ${clinic.ownerUserId}`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'role', value: 'receptionist' },
  },
  sessions: {
    table: 'sessions',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO sessions (clinic_id, user_id, token_hash, csrf_token_hash, created_at,
                              last_seen_at, expires_at)
        VALUES (${clinic.clinicId}, ${clinic.ownerUserId}, ${hash()}, ${hash()}, now(), now(), ${later})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'revoked_at', value: new Date() },
  },
  invitations: {
    table: 'invitations',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO invitations (clinic_id, email, role, token_hash, invited_by, created_at, expires_at)
        VALUES (${clinic.clinicId}, ${`${randomUUID()}@example.test`}, 'receptionist', ${hash()},
                ${clinic.ownerUserId}, now(), ${later})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'revoked_at', value: new Date() },
  },
  audit_events: {
    table: 'audit_events',
    // Append-only: the app role cannot insert; set-up writes as the owner.
    isOwnerWritten: true,
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO audit_events (clinic_id, action) VALUES (${clinic.clinicId}, 'test.event')
        RETURNING id::text`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'action', value: 'tampered' },
    systemColumns: ['chain_seq', 'prev_hash', 'hash', 'sealed_at'],
  },
  audit_chain_heads: {
    table: 'audit_chain_heads',
    keyColumn: 'clinic_id',
    isOwnerOnly: true,
    insertRow: async (tx, clinic) => {
      // The sealer may have made the clinic's head already (its sign-up events).
      await sql`INSERT INTO audit_chain_heads (clinic_id, last_seq, last_hash)
                VALUES (${clinic.clinicId}, 0, ${'0'.repeat(64)})
                ON CONFLICT (clinic_id) DO NOTHING`.execute(tx)
      return clinic.clinicId
    },
    update: { column: 'last_seq', value: 999 },
    systemColumns: ['last_seq', 'last_hash'],
  },
  clinic_keys: {
    table: 'clinic_keys',
    insertRow: async (tx, clinic) => {
      await sql`INSERT INTO clinic_keys (clinic_id, master_key_id, wrapped_key)
                VALUES (${clinic.clinicId}, '0123456789abcdef', '\\x00')
                ON CONFLICT (clinic_id) DO NOTHING`.execute(tx)
      const { rows } = await sql<{ id: string }>`
        SELECT id FROM clinic_keys WHERE clinic_id = ${clinic.clinicId}`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'master_key_id', value: 'fedcba9876543210' },
  },
  clinic_counters: {
    table: 'clinic_counters',
    keyColumn: 'clinic_id',
    insertRow: async (tx, clinic) => {
      await sql`INSERT INTO clinic_counters (clinic_id, name, last_value)
                VALUES (${clinic.clinicId}, 'patient_number', 0)
                ON CONFLICT (clinic_id, name) DO NOTHING`.execute(tx)
      return clinic.clinicId
    },
    update: { column: 'last_value', value: 999 },
  },
  patients: {
    table: 'patients',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
        VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Isolation Test', '1990-01-01', 'female')
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'full_name', value: 'Renamed by another clinic' },
  },
  consent_notices: {
    table: 'consent_notices',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO consent_notices (clinic_id, version, language, content, content_hash)
        VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e6) + 2}, 'en', '{}'::jsonb, ${'b'.repeat(64)})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'language', value: 'hi' },
  },
  consent_records: {
    table: 'consent_records',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Consent Test', '1990-01-01', 'male')
          RETURNING id),
        notice AS (
          INSERT INTO consent_notices (clinic_id, version, language, content, content_hash)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e6) + 2}, 'en', '{}'::jsonb, ${'c'.repeat(64)})
          RETURNING id)
        INSERT INTO consent_records (clinic_id, patient_id, notice_id, action, items, language,
                                     capture_channel, given_by, captured_by, captured_at)
        SELECT ${clinic.clinicId}, patient.id, notice.id, 'given', '{"personal_data": true}'::jsonb, 'en',
               'in_person_tablet', 'patient', ${clinic.ownerUserId}, now()
        FROM patient, notice
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'action', value: 'withdrawn' },
  },
  patient_care_team: {
    table: 'patient_care_team',
    // Members must be doctors: invite one and accept, as the API would. Accepting
    // makes the doctor the acting user, who then joins a patient they registered.
    insertRow: async (tx, clinic) => {
      const token = hash()
      await sql`INSERT INTO invitations (clinic_id, email, role, token_hash, invited_by, created_at, expires_at)
                VALUES (${clinic.clinicId}, ${`${randomUUID()}@example.test`}, 'doctor', ${token},
                        ${clinic.ownerUserId}, now(), ${later})`.execute(tx)
      const { rows: accepted } = await sql<{ user_id: string }>`
        SELECT user_id FROM auth_accept_invitation(${token}, now(), 'Isolation Doctor', 'x')`.execute(
        tx,
      )
      const doctorId = accepted[0]?.user_id
      // Two statements: a CTE's inserted rows are invisible to the policy's EXISTS.
      const { rows: patients } = await sql<{ id: string }>`
        INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex, created_by)
        VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Care Team Test', '1990-01-01',
                'female', ${doctorId})
        RETURNING id`.execute(tx)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO patient_care_team (clinic_id, patient_id, user_id, added_by)
        VALUES (${clinic.clinicId}, ${patients[0]?.id}, ${doctorId}, ${doctorId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'added_by', value: null },
  },
  medical_histories: {
    table: 'medical_histories',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'History Test', '1990-01-01', 'male')
          RETURNING id)
        INSERT INTO medical_histories (clinic_id, patient_id, allergies, updated_by)
        SELECT ${clinic.clinicId}, patient.id,
               '[{"substance": "Penicillin", "category": "drug", "severity": "severe"}]'::jsonb,
               ${clinic.ownerUserId}
        FROM patient
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'chief_complaint', value: 'Changed by another clinic' },
  },
  patient_documents: {
    table: 'patient_documents',
    insertRow: async (tx, clinic) => {
      const id = randomUUID()
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Document Test', '1990-01-01', 'female')
          RETURNING id)
        INSERT INTO patient_documents (clinic_id, id, patient_id, kind, title, media_type, byte_size,
                                       storage_key, uploaded_by)
        SELECT ${clinic.clinicId}, ${id}, patient.id, 'xray', 'Isolation probe', 'image/png', 1,
               ${`clinics/${clinic.clinicId}/documents/${id}`}, ${clinic.ownerUserId}
        FROM patient
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'title', value: 'Renamed by another clinic' },
  },
  chairs: {
    table: 'chairs',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO chairs (clinic_id, branch_id, name)
        VALUES (${clinic.clinicId}, ${clinic.branchId}, ${`Chair ${randomUUID().slice(0, 8)}`})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'name', value: 'Renamed by another clinic' },
  },
  appointment_types: {
    table: 'appointment_types',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO appointment_types (clinic_id, name, default_minutes, colour)
        VALUES (${clinic.clinicId}, ${`Scaling ${randomUUID().slice(0, 8)}`}, 30, '#2a9d8f')
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'default_minutes', value: 60 },
  },
  working_hours: {
    table: 'working_hours',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO working_hours (clinic_id, branch_id, doctor_user_id, weekday, starts_at, ends_at)
        VALUES (${clinic.clinicId}, ${clinic.branchId}, ${clinic.ownerUserId},
                ${Math.floor(Math.random() * 7)}, ${`${10 + Math.floor(Math.random() * 10)}:00`}, '23:00')
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'weekday', value: 3 },
  },
  schedule_exceptions: {
    table: 'schedule_exceptions',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO schedule_exceptions (clinic_id, doctor_user_id, kind, starts_at, ends_at)
        VALUES (${clinic.clinicId}, ${clinic.ownerUserId}, 'leave', now(), now() + interval '1 day')
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'note', value: 'Changed by another clinic' },
  },
  appointments: {
    table: 'appointments',
    insertRow: async (tx, clinic) => {
      const offset = `${Math.floor(Math.random() * 1e6)} minutes`
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Appointment Test', '1990-01-01', 'female')
          RETURNING id)
        INSERT INTO appointments (clinic_id, branch_id, patient_id, doctor_user_id, starts_at, ends_at)
        SELECT ${clinic.clinicId}, ${clinic.branchId}, patient.id, ${clinic.ownerUserId},
               now() + ${offset}::interval, now() + ${offset}::interval + interval '30 minutes'
        FROM patient
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'notes', value: 'Changed by another clinic' },
  },
  waiting_list: {
    table: 'waiting_list',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Waiting Test', '1990-01-01', 'male')
          RETURNING id)
        INSERT INTO waiting_list (clinic_id, patient_id, on_date)
        SELECT ${clinic.clinicId}, patient.id, current_date FROM patient
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'note', value: 'Changed by another clinic' },
  },
  recall_rules: {
    table: 'recall_rules',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO recall_rules (clinic_id, name, interval_months)
        VALUES (${clinic.clinicId}, 'Six-monthly check-up', 6)
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'interval_months', value: 12 },
  },
  idempotency_keys: {
    table: 'idempotency_keys',
    keyColumn: 'key',
    insertRow: async (tx, clinic) => {
      const key = `probe-${randomUUID()}`
      await sql`INSERT INTO idempotency_keys (clinic_id, user_id, key, request_hash)
                VALUES (${clinic.clinicId}, ${clinic.ownerUserId}, ${key}, ${hash()})`.execute(tx)
      return key
    },
    update: { column: 'response_status', value: 201 },
  },
}
