import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Tx } from '../../server/db/with-clinic.ts'
import type { IsolationCase } from '../cross-clinic.ts'
import type { TestClinic } from '../factories.ts'

/** A patient with an accepted-looking plan: what an acceptance or a deferral hangs on. */
async function patientWithPlan(tx: Tx, clinic: TestClinic, name: string) {
  const { rows } = await sql<{ patient_id: string; plan_id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, ${name}, '1990-01-01', 'female')
      RETURNING id)
    INSERT INTO treatment_plans (clinic_id, patient_id, title, doctor_id, created_by)
    SELECT ${clinic.clinicId}, patient.id, 'Isolation plan', ${clinic.ownerUserId}, ${clinic.ownerUserId}
    FROM patient
    RETURNING patient_id, id AS plan_id`.execute(tx)
  const row = rows[0]
  if (!row) throw new Error('isolation: no plan made')
  return row
}

async function generatedDocument(tx: Tx, clinic: TestClinic, patientId: string, kind: string) {
  const id = randomUUID()
  await sql`
    INSERT INTO patient_documents (clinic_id, id, patient_id, kind, title, media_type, byte_size,
                                   storage_key, uploaded_by, content_sha256)
    VALUES (${clinic.clinicId}, ${id}, ${patientId}, ${kind}, 'Isolation PDF', 'application/pdf', 100,
            ${`clinics/${clinic.clinicId}/documents/${id}`}, ${clinic.ownerUserId}, ${'a'.repeat(64)})`.execute(
    tx,
  )
  return id
}

/** Cross-clinic cases for signed acceptances and deferrals (see test/isolation-cases.ts). */
export const planAcceptanceIsolationCases: Record<string, IsolationCase> = {
  treatment_acceptances: {
    table: 'treatment_acceptances',
    insertRow: async (tx, clinic) => {
      const { patient_id, plan_id } = await patientWithPlan(tx, clinic, 'Acceptance Test')
      const estimate = await generatedDocument(tx, clinic, patient_id, 'estimate')
      const signed = await generatedDocument(tx, clinic, patient_id, 'signed_form')
      const { rows } = await sql<{ id: string }>`
        INSERT INTO treatment_acceptances (clinic_id, plan_id, patient_id, plan_version, signed_by,
          estimate, subtotal_paise, discount_paise, gst_paise, total_paise, estimate_sha256,
          estimate_document_id, signed_document_id, witnessed_by)
        VALUES (${clinic.clinicId}, ${plan_id}, ${patient_id}, 1, 'patient', '{"lines":[]}'::jsonb,
          100000, 0, 0, 100000, ${'b'.repeat(64)}, ${estimate}, ${signed}, ${clinic.ownerUserId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'total_paise', value: 1 },
  },
  treatment_deferrals: {
    table: 'treatment_deferrals',
    insertRow: async (tx, clinic) => {
      const { patient_id, plan_id } = await patientWithPlan(tx, clinic, 'Deferral Test')
      const { rows } = await sql<{ id: string }>`
        INSERT INTO treatment_deferrals (clinic_id, plan_id, patient_id, reason, recorded_by)
        VALUES (${clinic.clinicId}, ${plan_id}, ${patient_id}, 'cost', ${clinic.ownerUserId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'reason', value: 'time' },
  },
}
