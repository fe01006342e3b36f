import type { z } from 'zod'
import type { NewPlanSchema } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { planById } from './queries.ts'

export type NewPlan = z.infer<typeof NewPlanSchema>

/** The database's answer when the doctor is not a dentist of this clinic (trigger require_dentist). */
export const notADentist = () => fieldError('bad_request', 'doctorId', 'plans.doctor_not_dentist')

/**
 * Starts a proposed plan (version 1) for the patient. As an alternative to another proposed
 * plan it joins that plan's group, so accepting one supersedes the others (ADR 0018).
 */
export async function createPlan(
  tx: Tx,
  actor: Session,
  patientId: string,
  input: NewPlan,
): Promise<string> {
  let group: string | undefined
  if (input.alternativeTo !== undefined) {
    const other = await planById(tx, patientId, input.alternativeTo)
    if (other?.status !== 'proposed') {
      throw fieldError('bad_request', 'alternativeTo', 'plans.alternative_not_proposed')
    }
    group = other.alternative_group
  }
  const insert = tx
    .insertInto('treatment_plans')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      title: input.title,
      doctor_id: input.doctorId ?? actor.userId,
      note: input.note || null,
      created_by: actor.userId,
      ...(group ? { alternative_group: group } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const { id } = await mapDatabaseErrors(insert, {
    constraints: { treatment_dentist: notADentist() },
    '23503': notADentist(),
  })
  return id
}
