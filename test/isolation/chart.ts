import { sql } from 'kysely'
import type { IsolationCase } from '../cross-clinic.ts'

/** Cross-clinic cases for the chart module's tables (see test/isolation-cases.ts). */
export const chartIsolationCases: Record<string, IsolationCase> = {
  dental_findings: {
    table: 'dental_findings',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Chart Test', '1990-01-01', 'female')
          RETURNING id)
        INSERT INTO dental_findings (clinic_id, patient_id, tooth, surfaces, kind, material, status, recorded_by)
        SELECT ${clinic.clinicId}, patient.id, 36, '{M,O}', 'restoration', 'composite', 'existing', ${clinic.ownerUserId}
        FROM patient
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'superseded_reason', value: 'charted_in_error' },
  },
}
