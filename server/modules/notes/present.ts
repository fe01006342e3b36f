import type { Note } from '../../../shared/contracts/notes.ts'
import type { AddendumRow, NoteRow } from './queries.ts'

const iso = (value: Date | string) => new Date(value).toISOString()

export function presentNote(row: NoteRow, addenda: AddendumRow[]): Note {
  const own = addenda.filter((addendum) => addendum.note_id === row.id)
  return {
    id: row.id,
    patientId: row.patient_id,
    visitDate: row.visit_date,
    appointmentId: row.appointment_id,
    subjective: row.subjective,
    objective: row.objective,
    assessment: row.assessment,
    plan: row.plan,
    version: row.version,
    state: row.signed_at === null ? 'draft' : own.length > 0 ? 'signed_with_addenda' : 'signed',
    author: row.author_name,
    authorId: row.author_id,
    updatedAt: iso(row.updated_at),
    signedBy: row.signer_name,
    signedAt: row.signed_at === null ? null : iso(row.signed_at),
    contentHash: row.content_hash,
    addenda: own.map((addendum) => ({
      id: addendum.id,
      text: addendum.body,
      signedBy: addendum.signer_name,
      signedAt: iso(addendum.signed_at),
      contentHash: addendum.content_hash,
    })),
  }
}
