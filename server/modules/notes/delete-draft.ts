import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { loadDraft } from './load-note.ts'

/** Deletes a draft: only its author, never a signed note (the database refuses both too). */
export async function deleteDraft(
  tx: Tx,
  session: Session,
  patientId: string,
  noteId: string,
): Promise<void> {
  const draft = await loadDraft(tx, patientId, noteId)
  if (draft.author_id !== session.userId) throw new AppError('forbidden', 'note.not_author')
  await tx.deleteFrom('clinical_notes').where('id', '=', noteId).execute()
}
