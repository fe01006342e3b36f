import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { type NoteRow, noteOfPatient } from './queries.ts'

/** The patient's note (404 if none, or not this patient's). */
export async function loadNote(tx: Tx, patientId: string, noteId: string): Promise<NoteRow> {
  const row = await noteOfPatient(tx, patientId, noteId)
  if (!row) throw new AppError('not_found', 'note.not_found')
  return row
}

/** The same, and it must still be a draft (409 otherwise: signed notes are locked). */
export async function loadDraft(tx: Tx, patientId: string, noteId: string): Promise<NoteRow> {
  const row = await loadNote(tx, patientId, noteId)
  if (row.signed_at !== null) throw new AppError('conflict', 'note.signed_locked')
  return row
}
