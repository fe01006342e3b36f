import type { Tx } from '../../db/with-clinic.ts'
import { hashAddendum, hashNote } from './canonical.ts'
import { loadNote } from './load-note.ts'
import { type AddendumRow, addendaOf, type NoteRow } from './queries.ts'

/** Whether a signed note's stored hash matches its stored content (false for a draft). */
export function noteHashMatches(row: NoteRow): boolean {
  if (row.signed_at === null || row.signed_by === null || row.content_hash === null) return false
  return (
    hashNote({
      id: row.id,
      patientId: row.patient_id,
      visitDate: row.visit_date,
      appointmentId: row.appointment_id,
      subjective: row.subjective,
      objective: row.objective,
      assessment: row.assessment,
      plan: row.plan,
      signedBy: row.signed_by,
      signedAt: new Date(row.signed_at),
    }) === row.content_hash
  )
}

export function addendumHashMatches(row: AddendumRow): boolean {
  return (
    hashAddendum({
      id: row.id,
      noteId: row.note_id,
      patientId: row.patient_id,
      text: row.body,
      signedBy: row.signed_by,
      signedAt: new Date(row.signed_at),
    }) === row.content_hash
  )
}

/** Recomputes the note's and each addendum's hash from what is stored. */
export async function verifyNote(tx: Tx, patientId: string, noteId: string) {
  const note = await loadNote(tx, patientId, noteId)
  const addenda = await addendaOf(tx, [noteId])
  return {
    valid: noteHashMatches(note),
    addenda: addenda.map((addendum) => ({ id: addendum.id, valid: addendumHashMatches(addendum) })),
  }
}
