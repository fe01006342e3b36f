import { sql } from 'kysely'
import type { IsolationCase } from '../cross-clinic.ts'

/** Cross-clinic cases for the notes, note templates and vitals tables (see test/isolation-cases.ts). */
export const notesIsolationCases: Record<string, IsolationCase> = {
  vitals: {
    table: 'vitals',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Vitals Test', '1990-01-01', 'female')
          RETURNING id)
        INSERT INTO vitals (clinic_id, patient_id, pulse, recorded_by)
        SELECT ${clinic.clinicId}, patient.id, 72, ${clinic.ownerUserId} FROM patient
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'pulse', value: 90 },
  },
  clinical_notes: {
    table: 'clinical_notes',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Note Test', '1990-01-01', 'male')
          RETURNING id)
        INSERT INTO clinical_notes (clinic_id, patient_id, visit_date, subjective, author_id)
        SELECT ${clinic.clinicId}, patient.id, '2026-12-01', 'Pain', ${clinic.ownerUserId} FROM patient
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'subjective', value: 'Changed by another clinic' },
  },
  note_templates: {
    table: 'note_templates',
    insertRow: async (tx, clinic) => {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO note_templates (clinic_id, name, plan)
        VALUES (${clinic.clinicId}, ${`Isolation ${Math.floor(Math.random() * 1e9)}`}, 'Review: [[When]]')
        RETURNING id`.execute(tx)
      return rows[0]?.id ?? ''
    },
    update: { column: 'plan', value: 'Changed by another clinic' },
  },
  clinical_note_addenda: {
    table: 'clinical_note_addenda',
    // An addendum needs a signed note: a draft, signed, then the addendum (as the clinic's owner).
    insertRow: async (tx, clinic) => {
      const hash = 'a'.repeat(64)
      const { rows } = await sql<{ id: string; patient_id: string }>`
        WITH patient AS (
          INSERT INTO patients (clinic_id, patient_number, full_name, date_of_birth, sex)
          VALUES (${clinic.clinicId}, ${Math.floor(Math.random() * 1e9)}, 'Addendum Test', '1990-01-01', 'male')
          RETURNING id)
        INSERT INTO clinical_notes (clinic_id, patient_id, visit_date, author_id)
        SELECT ${clinic.clinicId}, patient.id, '2026-12-01', ${clinic.ownerUserId} FROM patient
        RETURNING id, patient_id`.execute(tx)
      const note = rows[0] as { id: string; patient_id: string }
      await sql`UPDATE clinical_notes SET signed_by = ${clinic.ownerUserId}, signed_at = now(),
                       content_hash = ${hash}
                WHERE clinic_id = ${clinic.clinicId} AND id = ${note.id}`.execute(tx)
      const added = await sql<{ id: string }>`
        INSERT INTO clinical_note_addenda (clinic_id, note_id, patient_id, body, signed_by, content_hash)
        VALUES (${clinic.clinicId}, ${note.id}, ${note.patient_id}, 'Correction', ${clinic.ownerUserId}, ${hash})
        RETURNING id`.execute(tx)
      return added.rows[0]?.id ?? ''
    },
    update: { column: 'body', value: 'Changed by another clinic' },
  },
}
