import type { ClinicalAccess, OpenedPatient } from '../../../shared/contracts/patients.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { clinicalAccessTo } from '../access/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { alertsFromSource } from '../history/index.ts'
import { presentPatient } from './present.ts'
import { findPatientForOpening } from './queries.ts'

/**
 * Opens a patient's record: the hottest read, so it asks only what it must. One statement
 * reads the row, audits the read and reads the alerts' source (RLS-scoped). Clinical access
 * is asked of the database only when the role's access does not already cover every patient
 * (`clinicalAll`, from the request's first statement), and then once for read and write
 * together; the alerts are shown only to someone who may read them.
 */
export async function openPatient(
  tx: Tx,
  scope: {
    actor: Session
    cipher: ClinicCipher
    today: string
    clinicalAll: ClinicalAccess
  },
  id: string,
): Promise<OpenedPatient> {
  const found = await findPatientForOpening(tx, id)
  if (!found) throw new AppError('not_found', 'patient.not_found')
  const { read_audited: _audited, alert_source: alertSource, ...row } = found
  // When read covers every patient, write does too exactly when the role may write at all
  // (app_clinical_all), so clinicalAll is the whole answer.
  const clinicalAccess = scope.clinicalAll.read
    ? scope.clinicalAll
    : await clinicalAccessTo(tx, scope.actor, row.id)
  const alerts = clinicalAccess.read ? alertsFromSource(alertSource) : null
  return { ...presentPatient(row, scope.cipher, scope.today), clinicalAccess, alerts }
}
