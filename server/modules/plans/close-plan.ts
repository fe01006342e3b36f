import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { dropPlannedFindings } from './plan-findings.ts'
import { requirePlan } from './plan-guards.ts'

const NOTE_MAX = 1000

/**
 * Declines a proposed plan (the patient said no) or cancels a proposed or accepted one (the
 * clinic stops it). Its items not yet done are declined or cancelled and their planned findings
 * leave the chart; completed items and their sittings stay. A reason, when given, is added to
 * the plan's note: there is one place to read why.
 */
export async function closePlan(
  tx: Tx,
  actor: Session,
  patientId: string,
  planId: string,
  to: 'declined' | 'cancelled',
  reason: string | undefined,
): Promise<void> {
  const plan = await requirePlan(tx, patientId, planId)
  if (to === 'declined' && plan.status !== 'proposed') {
    throw new AppError('conflict', 'plans.decline_not_proposed')
  }
  if (to === 'cancelled' && plan.status !== 'proposed' && plan.status !== 'accepted') {
    throw new AppError('conflict', 'plans.cancel_closed', { status: plan.status })
  }
  const note = reason ? (plan.note ? `${plan.note}\n${reason}` : reason) : plan.note
  if (note !== null && note.length > NOTE_MAX) {
    throw fieldError('bad_request', 'reason', 'field.too_long', {
      maximum: Math.max(0, NOTE_MAX - (plan.note?.length ?? 0) - 1),
    })
  }
  const dropped = await tx
    .updateTable('treatment_plan_items')
    .set({ status: to })
    .where('patient_id', '=', patientId)
    .where('plan_id', '=', planId)
    .where('status', 'in', ['proposed', 'accepted', 'in_progress'])
    .returning(['patient_id', 'finding_id'])
    .execute()
  await tx
    .updateTable('treatment_plans')
    .set({ status: to, note, status_changed_at: sql<Date>`app_now()` })
    .where('patient_id', '=', patientId)
    .where('id', '=', planId)
    .execute()
  await dropPlannedFindings(tx, actor, dropped)
}
