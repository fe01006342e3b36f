import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'

/** Takes someone off the patient's care team: their clinical access ends with this transaction. */
export async function removeCareTeamMember(tx: Tx, patientId: string, userId: string) {
  const removed = await tx
    .deleteFrom('patient_care_team')
    .where('patient_id', '=', patientId)
    .where('user_id', '=', userId)
    .returning('user_id')
    .executeTakeFirst()
  if (!removed) throw new AppError('not_found', 'care_team.not_member')
}
