import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { hashNote } from './canonical.ts'
import { loadDraft } from './load-note.ts'

/**
 * Signs the version of the draft the caller read: stores who, when and the SHA-256 of the
 * canonical form (canonical.ts). From then on the database refuses any change to the row.
 */
export async function signNote(
  tx: Tx,
  session: Session,
  patientId: string,
  noteId: string,
  version: number,
  now: Date,
): Promise<void> {
  const draft = await loadDraft(tx, patientId, noteId)
  if (draft.version !== version) throw new AppError('conflict', 'note.stale')
  const signedAt = new Date(now.getTime())
  const contentHash = hashNote({
    id: draft.id,
    patientId: draft.patient_id,
    visitDate: draft.visit_date,
    appointmentId: draft.appointment_id,
    subjective: draft.subjective,
    objective: draft.objective,
    assessment: draft.assessment,
    plan: draft.plan,
    signedBy: session.userId,
    signedAt,
  })
  const signed = await tx
    .updateTable('clinical_notes')
    .set({ signed_by: session.userId, signed_at: signedAt, content_hash: contentHash })
    .where('id', '=', noteId)
    .where('version', '=', version)
    .where('signed_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  if (!signed) throw new AppError('conflict', 'note.stale')
}
