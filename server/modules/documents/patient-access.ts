import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { requireClinicalAccess } from '../access/index.ts'
import { findPatient } from '../patients/index.ts'

/**
 * The patient exists (else 404) and this person may read or change their clinical records (else
 * 403). The route has checked the role's capability; the care-team rule is asked of the
 * database only when the role's access does not already cover every patient.
 */
export async function requirePatientRecords(
  tx: Tx,
  actor: Session,
  clinicalAll: { read: boolean; write: boolean },
  patientId: string,
  mode: 'read' | 'write',
): Promise<void> {
  if (!(await findPatient(tx, patientId))) throw new AppError('not_found', 'patient.not_found')
  if (!clinicalAll[mode]) await requireClinicalAccess(tx, actor, patientId, mode)
}
