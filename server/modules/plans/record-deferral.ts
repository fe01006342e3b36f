import { sql } from 'kysely'
import type { Deferral, NewDeferral } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, fieldError } from '../../http/errors.ts'

export interface DeferralRow {
  id: string
  plan_id: string
  reason: Deferral['reason']
  note: string | null
  /** YYYY-MM-DD. */
  follow_up_on: string | null
  recorded_by: string
  recorded_at: Date | string
}

/**
 * Records why a patient defers accepted treatment and when to follow up (issue #11 item 5): the
 * latest deferral is what the not-booked list shows; earlier ones stay as history. Only an
 * accepted plan with items still to do can be deferred; a follow-up date is today or later in
 * the clinic's zone. The route has checked clinical write access to the patient; the database
 * checks it again (RLS) and that the recorder is the person acting.
 */
export async function recordDeferral(
  tx: Tx,
  actor: Session,
  clinic: { today: string },
  target: { patientId: string; planId: string },
  input: NewDeferral,
): Promise<DeferralRow> {
  const { rows: plans } = await sql<{ status: string; open_items: number }>`
    SELECT p.status,
           (SELECT count(*)::int FROM treatment_plan_items i
            WHERE i.plan_id = p.id AND i.status IN ('accepted', 'in_progress')) AS open_items
    FROM treatment_plans p
    WHERE p.id = ${target.planId}::uuid AND p.patient_id = ${target.patientId}::uuid`.execute(tx)
  const plan = plans[0]
  if (!plan) throw new AppError('not_found', 'plans.not_found')
  if (plan.status !== 'accepted' || Number(plan.open_items) === 0) {
    throw new AppError('conflict', 'plans.defer_not_accepted')
  }
  if (input.followUpOn !== undefined && input.followUpOn < clinic.today) {
    throw fieldError('validation_failed', 'followUpOn', 'plans.follow_up_in_past')
  }
  const { rows } = await sql<DeferralRow>`
    INSERT INTO treatment_deferrals (clinic_id, plan_id, patient_id, reason, note, follow_up_on, recorded_by)
    VALUES (${actor.clinicId}::uuid, ${target.planId}::uuid, ${target.patientId}::uuid, ${input.reason},
            ${input.note ?? null}, ${input.followUpOn ?? null}::date, ${actor.userId}::uuid)
    RETURNING id, plan_id, reason, note, to_char(follow_up_on, 'YYYY-MM-DD') AS follow_up_on,
              recorded_by, recorded_at`.execute(tx)
  const row = rows[0]
  if (!row) throw new Error('plans: deferral insert returned no row')
  return row
}

/** Every field a deferral response carries. */
export function presentDeferral(row: DeferralRow): Deferral {
  return {
    id: row.id,
    planId: row.plan_id,
    reason: row.reason,
    note: row.note,
    followUpOn: row.follow_up_on,
    recordedBy: row.recorded_by,
    recordedAt: new Date(row.recorded_at).toISOString(),
  }
}
