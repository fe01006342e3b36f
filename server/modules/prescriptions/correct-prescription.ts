import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { findPrescriptionForUpdate, linesOfPrescription } from './queries.ts'
import { createPrescriptionDraft } from './save-draft.ts'
import { presentLine } from './stored-lines.ts'

/**
 * A correction of an issued prescription (issue #13 item 2: "a correction is a new prescription
 * that cancels the old"): a new draft with the same content, which names the old one. Issuing
 * it cancels the old in the same transaction; until then the old stays valid. One correction
 * per prescription.
 */
export async function correctPrescription(tx: Tx, session: Session, id: string): Promise<string> {
  const row = await findPrescriptionForUpdate(tx, id)
  if (!row) throw new AppError('not_found', 'prescription.not_found')
  if (row.status !== 'issued') throw new AppError('conflict', 'prescription.not_issued')
  const existing = await tx
    .selectFrom('prescriptions')
    .select('id')
    .where('replaces_id', '=', id)
    .executeTakeFirst()
  if (existing) throw new AppError('conflict', 'prescription.already_replaced')
  const lines = (await linesOfPrescription(tx, id)).map(presentLine)
  return createPrescriptionDraft(
    tx,
    session,
    row.patient_id,
    {
      diagnosis: row.diagnosis,
      advice: row.advice,
      followUpDate: row.follow_up_date,
      language: row.language,
      lines: lines.map(({ position: _position, schedule: _schedule, ...line }) => line),
    },
    id,
  )
}
