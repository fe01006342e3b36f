import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { authorize } from './authorize.ts'
import { can } from './role-matrix.ts'

export interface ClinicalAccess {
  read: boolean
  write: boolean
}

/**
 * May the signed-in person read or change this patient's clinical records? Asks
 * the database's own rule (app_clinical_access: role, care team, clinic setting),
 * the same one every clinical table's policies use, so the answer the screen gets
 * and the rows the database returns cannot disagree.
 */
export async function clinicalAccessTo(
  tx: Tx,
  session: Session,
  patientId: string,
): Promise<ClinicalAccess> {
  if (!can(session.role, 'clinical.read')) return { read: false, write: false }
  const { rows } = await sql<ClinicalAccess>`
    SELECT app_clinical_access(${patientId}::uuid, false) AS read,
           app_clinical_access(${patientId}::uuid, true) AS write`.execute(tx)
  return rows[0] ?? { read: false, write: false }
}

/** A 403 unless the person may read (or write) this patient's clinical records. */
export async function requireClinicalAccess(
  tx: Tx,
  session: Session,
  patientId: string,
  mode: keyof ClinicalAccess,
): Promise<void> {
  authorize(session, mode === 'read' ? 'clinical.read' : 'clinical.write')
  const access = await clinicalAccessTo(tx, session, patientId)
  if (!access[mode]) {
    throw new AppError('forbidden', 'access.care_team_only')
  }
}
