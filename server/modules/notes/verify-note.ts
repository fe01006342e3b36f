import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import { hashAddendum, hashNote } from './canonical.ts'
import { loadNote } from './load-note.ts'
import { type AddendumRow, addendaOf, type NoteRow } from './queries.ts'

/**
 * Whether a signed note's stored hash matches its stored content (false for a draft). The hash
 * names the patient the note was signed for; a merge later re-points the note to the kept record
 * (ADR 0011), so the ids of the records merged into it are accepted as that patient too.
 */
export function noteHashMatches(row: NoteRow, formerPatientIds: readonly string[] = []): boolean {
  if (row.signed_at === null || row.signed_by === null || row.content_hash === null) return false
  const signedAt = row.signed_at
  const signedBy = row.signed_by
  return [row.patient_id, ...formerPatientIds].some(
    (patientId) =>
      hashNote({
        id: row.id,
        patientId,
        visitDate: row.visit_date,
        appointmentId: row.appointment_id,
        subjective: row.subjective,
        objective: row.objective,
        assessment: row.assessment,
        plan: row.plan,
        signedBy,
        signedAt: new Date(signedAt),
      }) === row.content_hash,
  )
}

export function addendumHashMatches(
  row: AddendumRow,
  formerPatientIds: readonly string[] = [],
): boolean {
  return [row.patient_id, ...formerPatientIds].some(
    (patientId) =>
      hashAddendum({
        id: row.id,
        noteId: row.note_id,
        patientId,
        text: row.body,
        signedBy: row.signed_by,
        signedAt: new Date(row.signed_at),
      }) === row.content_hash,
  )
}

/** Every record merged into this patient, directly or through an earlier merge. */
async function mergedIntoPatient(tx: Tx, patientId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE merged(id) AS (
      SELECT id FROM patients WHERE merged_into_id = ${patientId}
      UNION
      SELECT p.id FROM patients p JOIN merged m ON p.merged_into_id = m.id
    )
    SELECT id FROM merged`.execute(tx)
  return rows.map((row) => row.id)
}

/** Recomputes the note's and each addendum's hash from what is stored. */
export async function verifyNote(tx: Tx, patientId: string, noteId: string) {
  const note = await loadNote(tx, patientId, noteId)
  const addenda = await addendaOf(tx, [noteId])
  const former = await mergedIntoPatient(tx, note.patient_id)
  return {
    valid: noteHashMatches(note, former),
    addenda: addenda.map((addendum) => ({
      id: addendum.id,
      valid: addendumHashMatches(addendum, former),
    })),
  }
}
