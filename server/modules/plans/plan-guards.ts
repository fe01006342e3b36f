import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { type ItemRow, itemById, type PlanRow, planById } from './queries.ts'

/** The patient's plan, or 404. */
export async function requirePlan(tx: Tx, patientId: string, planId: string): Promise<PlanRow> {
  const plan = await planById(tx, patientId, planId)
  if (!plan) throw new AppError('not_found', 'plans.not_found')
  return plan
}

/**
 * The patient's plan, which must still be a proposal: what a patient signs does not change
 * (the database's `frozen` trigger refuses too), so a change to an accepted plan is a 409
 * naming its status, and the way forward is a new version (revise).
 */
export async function requireProposedPlan(
  tx: Tx,
  patientId: string,
  planId: string,
): Promise<PlanRow> {
  const plan = await requirePlan(tx, patientId, planId)
  if (plan.status !== 'proposed') {
    throw new AppError('conflict', 'plans.plan_not_proposed', { status: plan.status })
  }
  return plan
}

/** An item of the patient's plan, or 404. */
export async function requireItem(
  tx: Tx,
  patientId: string,
  planId: string,
  itemId: string,
): Promise<ItemRow> {
  const item = await itemById(tx, patientId, planId, itemId)
  if (!item) throw new AppError('not_found', 'plans.item_not_found')
  return item
}
