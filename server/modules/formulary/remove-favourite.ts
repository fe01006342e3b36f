import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'

/** Removes a favourite (a shortcut, not a record); 404 if it is not the prescriber's. */
export async function removeFavourite(tx: Tx, id: string): Promise<void> {
  const removed = await tx
    .deleteFrom('prescription_favourites')
    .where('id', '=', id)
    .executeTakeFirst()
  if (removed.numDeletedRows === 0n) {
    throw new AppError('not_found', 'formulary.favourite_not_found')
  }
}
