import { sql } from 'kysely'
import type { NewSitting } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { completePlannedFinding } from './plan-findings.ts'
import { requireItem, requirePlan } from './plan-guards.ts'
import { settlePlan } from './settle-plan.ts'

/**
 * Records a sitting of an accepted item (issue #11 item 4): date, doctor, what was done and a
 * progress note. The item is then in progress; when the sitting completes it, the item is
 * completed, its chart finding turns completed, and the plan completes when nothing is left.
 */
export async function recordSitting(
  tx: Tx,
  actor: Session,
  today: string,
  patientId: string,
  planId: string,
  itemId: string,
  input: NewSitting,
): Promise<void> {
  await requirePlan(tx, patientId, planId)
  const item = await requireItem(tx, patientId, planId, itemId)
  if (item.status !== 'accepted' && item.status !== 'in_progress') {
    throw new AppError('conflict', 'plans.item_not_open')
  }
  const performedOn = input.performedOn ?? today
  // The clinic's today (ADR 0013): a sitting is recorded after it happens.
  if (performedOn > today) throw fieldError('bad_request', 'performedOn', 'plans.sitting_in_future')
  const last = await tx
    .selectFrom('treatment_sittings')
    .select((eb) => eb.fn.max('sitting_number').as('number'))
    .where('item_id', '=', itemId)
    .executeTakeFirst()
  const insert = tx
    .insertInto('treatment_sittings')
    .values({
      clinic_id: actor.clinicId,
      item_id: itemId,
      patient_id: patientId,
      sitting_number: (last?.number ?? 0) + 1,
      performed_on: performedOn,
      doctor_id: input.doctorId ?? actor.userId,
      work_done: input.workDone,
      progress_note: input.progressNote || null,
      recorded_by: actor.userId,
    })
    .execute()
  const notADentist = fieldError('bad_request', 'doctorId', 'plans.doctor_not_dentist')
  await mapDatabaseErrors(insert, {
    constraints: { treatment_dentist: notADentist },
    '23503': notADentist,
  })
  if (!input.completesItem) {
    await tx
      .updateTable('treatment_plan_items')
      .set({ status: 'in_progress' })
      .where('plan_id', '=', planId)
      .where('id', '=', itemId)
      .execute()
    return
  }
  const findingId = await completePlannedFinding(tx, actor, item)
  await tx
    .updateTable('treatment_plan_items')
    .set({
      status: 'completed',
      completed_at: sql<Date>`app_now()`,
      completed_by: actor.userId,
      finding_id: findingId,
    })
    .where('plan_id', '=', planId)
    .where('id', '=', itemId)
    .execute()
  await settlePlan(tx, patientId, planId)
}
