import { randomUUID } from 'node:crypto'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { hashAddendum } from './canonical.ts'
import { loadNote } from './load-note.ts'

/** Adds a signed, hashed, immutable addendum under a signed note. */
export async function addAddendum(
  tx: Tx,
  session: Session,
  patientId: string,
  noteId: string,
  text: string,
  now: Date,
): Promise<void> {
  const note = await loadNote(tx, patientId, noteId)
  if (note.signed_at === null) throw new AppError('conflict', 'note.not_signed')
  const id = randomUUID()
  const signedAt = new Date(now.getTime())
  await tx
    .insertInto('clinical_note_addenda')
    .values({
      clinic_id: session.clinicId,
      id,
      note_id: noteId,
      patient_id: patientId,
      body: text,
      signed_by: session.userId,
      signed_at: signedAt,
      content_hash: hashAddendum({
        id,
        noteId,
        patientId,
        text,
        signedBy: session.userId,
        signedAt,
      }),
    })
    .execute()
}
