import type { PlanItemPatch } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { fieldError } from '../../http/errors.ts'
import { requireItem, requireProposedPlan } from './plan-guards.ts'

/**
 * Changes an item of a proposed plan: price, discount, phase, order, sittings (dragging an
 * item between phases). An accepted plan's items are frozen (409; the trigger refuses too).
 */
export async function changePlanItem(
  tx: Tx,
  patientId: string,
  planId: string,
  itemId: string,
  patch: PlanItemPatch,
): Promise<void> {
  await requireProposedPlan(tx, patientId, planId)
  const item = await requireItem(tx, patientId, planId, itemId)
  const unitPricePaise = patch.unitPricePaise ?? item.unit_price_paise
  const discountPaise = patch.discountPaise ?? item.discount_paise
  if (discountPaise > unitPricePaise * item.quantity) {
    throw fieldError('bad_request', 'discountPaise', 'plans.discount_above_price')
  }
  await tx
    .updateTable('treatment_plan_items')
    .set({
      ...(patch.unitPricePaise !== undefined ? { unit_price_paise: patch.unitPricePaise } : {}),
      ...(patch.discountPaise !== undefined ? { discount_paise: patch.discountPaise } : {}),
      ...(patch.phase !== undefined ? { phase: patch.phase } : {}),
      ...(patch.position !== undefined ? { position: patch.position } : {}),
      ...(patch.plannedSittings !== undefined ? { planned_sittings: patch.plannedSittings } : {}),
    })
    .where('plan_id', '=', planId)
    .where('id', '=', itemId)
    .execute()
}
