import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { dropPlannedFindings } from './plan-findings.ts'
import { requireItem, requirePlan } from './plan-guards.ts'
import { settlePlan } from './settle-plan.ts'

/**
 * Cancels one accepted item not yet started (the patient will not have it after all): its
 * planned finding leaves the chart, and the plan completes if nothing else is left. The
 * signed amounts stay on the acceptance; the item's status says it was not done.
 */
export async function cancelPlanItem(
  tx: Tx,
  actor: Session,
  patientId: string,
  planId: string,
  itemId: string,
): Promise<void> {
  await requirePlan(tx, patientId, planId)
  const item = await requireItem(tx, patientId, planId, itemId)
  if (item.status !== 'accepted') throw new AppError('conflict', 'plans.item_not_cancellable')
  await tx
    .updateTable('treatment_plan_items')
    .set({ status: 'cancelled' })
    .where('plan_id', '=', planId)
    .where('id', '=', itemId)
    .execute()
  await dropPlannedFindings(tx, actor, [item])
  await settlePlan(tx, patientId, planId)
}
