import { sql } from 'kysely'
import type { Tx } from '../../server/db/with-clinic.ts'
import type { IsolationCase } from '../cross-clinic.ts'
import type { TestClinic } from '../factories.ts'

/** A patient and a draft prescription of `clinic`, written as its owner. */
async function draftPrescription(tx: Tx, clinic: TestClinic) {
  const { rows } = await sql<{ id: string; patient_id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Prescription Test', '1990-01-01', 'female')
      RETURNING id)
    INSERT INTO prescriptions (clinic_id, patient_id, language, diagnosis, author_id)
    SELECT ${clinic.clinicId}, patient.id, 'en', 'Pulpitis', ${clinic.ownerUserId} FROM patient
    RETURNING id, patient_id`.execute(tx)
  return rows[0] as { id: string; patient_id: string }
}

let serial = Math.floor(Math.random() * 8000)

/** Cross-clinic cases for the prescriptions tables (see test/isolation-cases.ts). */
export const prescriptionIsolationCases: Record<string, IsolationCase> = {
  prescriptions: {
    table: 'prescriptions',
    insertRow: async (tx, clinic) => (await draftPrescription(tx, clinic)).id,
    update: { column: 'diagnosis', value: 'Changed by another clinic' },
  },
  prescription_lines: {
    table: 'prescription_lines',
    keyColumn: 'prescription_id',
    insertRow: async (tx, clinic) => {
      const draft = await draftPrescription(tx, clinic)
      await sql`
        INSERT INTO prescription_lines (clinic_id, prescription_id, position, patient_id, drug_code,
          is_custom, generic_name, form, dose_amount, dose_unit, route, frequency, food_timing,
          duration_days, quantity)
        VALUES (${clinic.clinicId}, ${draft.id}, 0, ${draft.patient_id}, 'amoxicillin', false,
          'Amoxicillin', 'capsule', 1, 'capsule', 'oral', '1-1-1', 'after_food', 5, '15 capsules')
      `.execute(tx)
      return draft.id
    },
    update: { column: 'quantity', value: '99 capsules' },
  },
  prescription_overrides: {
    table: 'prescription_overrides',
    insertRow: async (tx, clinic) => {
      const draft = await draftPrescription(tx, clinic)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO prescription_overrides (clinic_id, prescription_id, patient_id, warning_id, kind,
          reason, overridden_by)
        VALUES (${clinic.clinicId}, ${draft.id}, ${draft.patient_id}, 'allergy:amoxicillin:penicillin',
          'allergy', 'Tolerated before', ${clinic.ownerUserId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'reason', value: 'Changed by another clinic' },
  },
  prescription_series: {
    table: 'prescription_series',
    keyColumn: 'financial_year',
    insertRow: async (tx, clinic) => {
      // Distinct keys for clinic A's and B's rows (the case selects by key across clinics).
      serial += 1
      const year = `${String(10 + (serial % 90))}-${String(10 + (Math.floor(serial / 90) % 90))}`
      await sql`INSERT INTO prescription_series (clinic_id, financial_year, last_serial)
                VALUES (${clinic.clinicId}, ${year}, 1)`.execute(tx)
      return year
    },
    update: { column: 'last_serial', value: 999 },
  },
}
