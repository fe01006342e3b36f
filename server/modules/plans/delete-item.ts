import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { dropPlannedFindings } from './plan-findings.ts'
import { requireItem, requireProposedPlan } from './plan-guards.ts'

/**
 * Removes an item from a proposed plan (nothing was signed for it yet, so it is deleted; the
 * audit trail keeps the row) and takes its planned finding off the chart.
 */
export async function deletePlanItem(
  tx: Tx,
  actor: Session,
  patientId: string,
  planId: string,
  itemId: string,
): Promise<void> {
  await requireProposedPlan(tx, patientId, planId)
  const item = await requireItem(tx, patientId, planId, itemId)
  await tx
    .deleteFrom('treatment_plan_items')
    .where('plan_id', '=', planId)
    .where('id', '=', itemId)
    .execute()
  await dropPlannedFindings(tx, actor, [item])
}
