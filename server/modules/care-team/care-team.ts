import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'

/** Active doctors and assistants of the clinic (who can be put on a care team). */
export async function listClinicians(tx: Tx) {
  const { rows } =
    await sql<Clinician>`SELECT user_id, full_name, role FROM clinic_clinicians()`.execute(tx)
  return rows
}

interface Clinician {
  user_id: string
  full_name: string
  role: 'doctor' | 'assistant'
}

/** The patient's care team, with names and roles (of members still active). */
export async function listCareTeam(tx: Tx, patientId: string) {
  const { rows } = await sql<Clinician & { added_at: Date }>`
    SELECT c.user_id, c.full_name, c.role, t.added_at
    FROM patient_care_team t JOIN clinic_clinicians() c ON c.user_id = t.user_id
    WHERE t.patient_id = ${patientId}
    ORDER BY c.role DESC, c.full_name`.execute(tx)
  return rows
}

/** Puts a doctor or assistant on the patient's care team (their "own" patients). */
export async function addToCareTeam(
  tx: Tx,
  session: Session,
  patientId: string,
  userId: string,
): Promise<void> {
  // The front desk cannot read other staff's memberships (staff.read), so the
  // database checks the member: the FK (a member of this clinic) and a trigger
  // (an active doctor or assistant) answer for it.
  const notAClinician = validationError([issue('userId', 'care_team.not_clinician')])
  const added = await tx
    .insertInto('patient_care_team')
    .values({
      clinic_id: session.clinicId,
      patient_id: patientId,
      user_id: userId,
      added_by: session.userId,
    })
    .onConflict((conflict) => conflict.columns(['clinic_id', 'patient_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst()
    .catch((error: { code?: string }) => {
      if (error.code === '23514' || error.code === '23503') throw notAClinician
      throw error
    })
  if (!added) throw new AppError('conflict', 'care_team.already_member')
}

export async function removeFromCareTeam(tx: Tx, patientId: string, userId: string) {
  const removed = await tx
    .deleteFrom('patient_care_team')
    .where('patient_id', '=', patientId)
    .where('user_id', '=', userId)
    .returning('user_id')
    .executeTakeFirst()
  if (!removed) throw new AppError('not_found', 'care_team.not_member')
}
