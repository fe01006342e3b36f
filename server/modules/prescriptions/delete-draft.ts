import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { findPrescriptionForUpdate } from './queries.ts'

/** Deletes a draft with its lines; 409 for an issued or cancelled prescription. */
export async function deletePrescriptionDraft(tx: Tx, id: string): Promise<void> {
  const row = await findPrescriptionForUpdate(tx, id)
  if (!row) throw new AppError('not_found', 'prescription.not_found')
  if (row.status !== 'draft') throw new AppError('conflict', 'prescription.issued_locked')
  await tx.deleteFrom('prescriptions').where('id', '=', id).execute()
}
