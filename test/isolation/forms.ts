import { sql } from 'kysely'
import type { Tx } from '../../server/db/with-clinic.ts'
import type { IsolationCase } from '../cross-clinic.ts'
import type { TestClinic } from '../factories.ts'

async function probePatient(tx: Tx, clinic: TestClinic, name: string): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
    VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, ${name}, '1990-01-01', 'female')
    RETURNING id`.execute(tx)
  return rows[0]?.id ?? ''
}

async function probeTemplate(tx: Tx, clinic: TestClinic): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO consent_form_templates (clinic_id, title, procedure_kind, language, body)
    VALUES (${clinic.clinicId}, ${`Isolation ${Math.floor(Math.random() * 1e9)}`}, 'general', 'en',
            'I, [[patient]], agree to [[procedure]].')
    RETURNING id`.execute(tx)
  return rows[0]?.id ?? ''
}

/** Cross-clinic cases for treatment consent forms and medical certificates (see test/isolation-cases.ts). */
export const formsIsolationCases: Record<string, IsolationCase> = {
  consent_form_templates: {
    table: 'consent_form_templates',
    insertRow: probeTemplate,
    update: { column: 'body', value: 'Changed by another clinic' },
  },
  treatment_consent_forms: {
    table: 'treatment_consent_forms',
    // An unsigned form: the one row of this table the app may still change or delete.
    insertRow: async (tx, clinic) => {
      const patientId = await probePatient(tx, clinic, 'Consent Test')
      const templateId = await probeTemplate(tx, clinic)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO treatment_consent_forms (clinic_id, patient_id, template_id, template_version,
          title, procedure_kind, language, body, doctor_id, filled_by)
        VALUES (${clinic.clinicId}, ${patientId}, ${templateId}, 1, 'Consent', 'general', 'en',
          'I agree.', ${clinic.ownerUserId}, ${clinic.ownerUserId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'witnessed_by', value: null },
  },
  medical_certificates: {
    table: 'medical_certificates',
    insertRow: async (tx, clinic) => {
      const patientId = await probePatient(tx, clinic, 'Certificate Test')
      const { rows } = await sql<{ id: string }>`
        INSERT INTO medical_certificates (clinic_id, patient_id, kind, language, from_date, created_by)
        VALUES (${clinic.clinicId}, ${patientId}, 'fitness', 'en', '2026-12-01', ${clinic.ownerUserId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'signed_at', value: null },
  },
}
