import type { PlanItemPatch } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { fieldError } from '../../http/errors.ts'
import { placeInPhase } from './place-in-phase.ts'
import { requireItem, requireProposedPlan } from './plan-guards.ts'

/**
 * Changes an item of a proposed plan: price, discount, sittings, and where it sits (dragging it
 * to another phase, or up and down within one). An accepted plan's items are frozen (409; the
 * trigger refuses too).
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
  const prices = {
    ...(patch.unitPricePaise !== undefined ? { unit_price_paise: patch.unitPricePaise } : {}),
    ...(patch.discountPaise !== undefined ? { discount_paise: patch.discountPaise } : {}),
    ...(patch.plannedSittings !== undefined ? { planned_sittings: patch.plannedSittings } : {}),
  }
  if (Object.keys(prices).length > 0) {
    await tx
      .updateTable('treatment_plan_items')
      .set(prices)
      .where('plan_id', '=', planId)
      .where('id', '=', itemId)
      .execute()
  }
  if (patch.phase !== undefined || patch.position !== undefined) {
    await placeInPhase(tx, planId, itemId, {
      from: item.phase,
      to: patch.phase ?? item.phase,
      index: patch.position,
    })
  }
}
