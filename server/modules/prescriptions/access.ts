import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { findPrescription, type PrescriptionRow } from './queries.ts'

/**
 * The prescription, after checking the caller's clinical access to its patient (ADR 0011):
 * 404 when it does not exist or RLS hides it, 403 without the access the action needs.
 */
export async function requirePrescription(
  tx: Tx,
  id: string,
  mode: 'read' | 'write',
  coversAll: boolean,
): Promise<PrescriptionRow> {
  const row = await findPrescription(tx, id)
  if (!row) throw new AppError('not_found', 'prescription.not_found')
  await requireClinicalPatient(tx, row.patient_id, mode, coversAll)
  return row
}
