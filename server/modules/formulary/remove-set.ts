import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'

/** Removes a set: prescriptions made from it keep their own lines. 404 if not this clinic's. */
export async function removeSet(tx: Tx, id: string): Promise<void> {
  const removed = await tx.deleteFrom('prescription_sets').where('id', '=', id).executeTakeFirst()
  if (removed.numDeletedRows === 0n) throw new AppError('not_found', 'formulary.set_not_found')
}
