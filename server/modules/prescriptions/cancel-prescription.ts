import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { findPrescriptionForUpdate } from './queries.ts'

/**
 * Cancels an issued prescription with a reason (it was never dispensed, or was wrong and no
 * correction is wanted). The row keeps everything it was issued with; only the cancellation
 * columns are written, once (the database refuses anything else).
 */
export async function cancelPrescription(
  tx: Tx,
  session: Session,
  id: string,
  reason: string,
  now: Date,
): Promise<void> {
  const row = await findPrescriptionForUpdate(tx, id)
  if (!row) throw new AppError('not_found', 'prescription.not_found')
  if (row.status !== 'issued') throw new AppError('conflict', 'prescription.not_issued')
  await tx
    .updateTable('prescriptions')
    .set({
      status: 'cancelled',
      cancelled_at: new Date(now.getTime()),
      cancelled_by: session.userId,
      cancel_reason: reason,
    })
    .where('id', '=', id)
    .execute()
}
