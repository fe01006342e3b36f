import { sql } from 'kysely'
import type { Tx } from '../../server/db/with-clinic.ts'
import type { IsolationCase } from '../cross-clinic.ts'
import type { TestClinic } from '../factories.ts'

const random = () => Math.floor(Math.random() * 1e9)

/** A lab of `clinic`. */
async function lab(tx: Tx, clinic: TestClinic): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    INSERT INTO labs (clinic_id, name) VALUES (${clinic.clinicId}, ${`Isolation lab ${random()}`})
    RETURNING id`.execute(tx)
  const id = rows[0]?.id
  if (!id) throw new Error('isolation: no lab made')
  return id
}

/** A crown on 36 sent to a new lab for a new patient of `clinic`. */
async function labCase(tx: Tx, clinic: TestClinic) {
  const labId = await lab(tx, clinic)
  const { rows } = await sql<{ id: string; patient_id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${random()}, 'Lab Test', '1990-01-01', 'female')
      RETURNING id)
    INSERT INTO lab_cases (clinic_id, patient_id, lab_id, work_type, teeth, sent_on, due_on, created_by)
    SELECT ${clinic.clinicId}, patient.id, ${labId}, 'crown', '{36}', '2026-12-01', '2026-12-08',
           ${clinic.ownerUserId}
    FROM patient
    RETURNING id, patient_id`.execute(tx)
  const row = rows[0]
  if (!row) throw new Error('isolation: no lab case made')
  return row
}

/** Cross-clinic cases for labs, lab cases and their steps (see test/isolation-cases.ts). */
export const labIsolationCases: Record<string, IsolationCase> = {
  labs: {
    table: 'labs',
    insertRow: lab,
    update: { column: 'name', value: 'Moved' },
  },
  lab_cases: {
    table: 'lab_cases',
    insertRow: async (tx, clinic) => (await labCase(tx, clinic)).id,
    update: { column: 'shade', value: 'A1' },
  },
  lab_case_events: {
    table: 'lab_case_events',
    insertRow: async (tx, clinic) => {
      const row = await labCase(tx, clinic)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO lab_case_events (clinic_id, case_id, patient_id, status, occurred_on, recorded_by)
        VALUES (${clinic.clinicId}, ${row.id}, ${row.patient_id}, 'sent', '2026-12-01', ${clinic.ownerUserId})
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'note', value: 'Moved' },
  },
}
