import { sql } from 'kysely'
import type { IsolationCase } from '../cross-clinic.ts'

/** A draft exam of a new patient in `clinic`: its id and patient id. */
async function insertExam(
  tx: Parameters<IsolationCase['insertRow']>[0],
  clinic: Parameters<IsolationCase['insertRow']>[1],
) {
  const { rows } = await sql<{ id: string; patient_id: string }>`
    WITH patient AS (
      INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
      VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Perio Test', '1980-01-01', 'male')
      RETURNING id)
    INSERT INTO perio_exams (clinic_id, patient_id, created_by)
    SELECT ${clinic.clinicId}, patient.id, ${clinic.ownerUserId} FROM patient
    RETURNING id, patient_id`.execute(tx)
  const exam = rows[0]
  if (!exam) throw new Error('no exam inserted')
  return exam
}

/** Cross-clinic cases for the perio module's tables (see test/isolation-cases.ts). */
export const perioIsolationCases: Record<string, IsolationCase> = {
  perio_exams: {
    table: 'perio_exams',
    insertRow: async (tx, clinic) => (await insertExam(tx, clinic)).id,
    update: { column: 'include_implants', value: true },
  },
  perio_teeth: {
    table: 'perio_teeth',
    insertRow: async (tx, clinic) => {
      const exam = await insertExam(tx, clinic)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO perio_teeth (clinic_id, exam_id, patient_id, tooth, mobility, furcation)
        VALUES (${clinic.clinicId}, ${exam.id}, ${exam.patient_id}, 16, 1, 2)
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'mobility', value: 2 },
  },
  perio_sites: {
    table: 'perio_sites',
    insertRow: async (tx, clinic) => {
      const exam = await insertExam(tx, clinic)
      const { rows } = await sql<{ id: string }>`
        INSERT INTO perio_sites (clinic_id, exam_id, patient_id, tooth, site, ppd, recession)
        VALUES (${clinic.clinicId}, ${exam.id}, ${exam.patient_id}, 16, 'MB', 5, 1)
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'ppd', value: 6 },
  },
}
