import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { findPatient } from '../patients/index.ts'

/** Puts a doctor or assistant on the patient's care team (their "own" patients). */
export async function addCareTeamMember(
  tx: Tx,
  actor: Session,
  patientId: string,
  userId: string,
): Promise<void> {
  if (!(await findPatient(tx, patientId))) throw new AppError('not_found', 'patient.not_found')
  // The front desk cannot read other staff's memberships (staff.read), so the
  // database checks the member: the FK (a member of this clinic) and a trigger
  // (an active doctor or assistant) answer for it.
  const notAClinician = validationError([issue('userId', 'care_team.not_clinician')])
  const insert = tx
    .insertInto('patient_care_team')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      user_id: userId,
      added_by: actor.userId,
    })
    .onConflict((conflict) => conflict.columns(['clinic_id', 'patient_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst()
  const added = await mapDatabaseErrors(insert, { '23514': notAClinician, '23503': notAClinician })
  if (!added) throw new AppError('conflict', 'care_team.already_member')
}
