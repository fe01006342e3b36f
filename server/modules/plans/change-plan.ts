import type { z } from 'zod'
import type { PlanPatchSchema } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError } from '../../http/errors.ts'
import { notADentist } from './create-plan.ts'
import { requirePlan } from './plan-guards.ts'

/**
 * Changes a plan's title, responsible doctor or note. Allowed while the plan is proposed or
 * accepted (the doctor can change hands mid-treatment); the items, which are what the patient
 * signed, are not touched here.
 */
export async function changePlan(
  tx: Tx,
  patientId: string,
  planId: string,
  patch: z.infer<typeof PlanPatchSchema>,
): Promise<void> {
  const plan = await requirePlan(tx, patientId, planId)
  if (plan.status !== 'proposed' && plan.status !== 'accepted') {
    throw new AppError('conflict', 'plans.cancel_closed', { status: plan.status })
  }
  const update = tx
    .updateTable('treatment_plans')
    .set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.doctorId !== undefined ? { doctor_id: patch.doctorId } : {}),
      ...(patch.note !== undefined ? { note: patch.note || null } : {}),
    })
    .where('patient_id', '=', patientId)
    .where('id', '=', planId)
    .execute()
  await mapDatabaseErrors(update, { constraints: { treatment_dentist: notADentist() } })
}
