import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

/**
 * After an item completes or is cancelled: an accepted plan with nothing left to do is
 * completed (or cancelled, when none of it was done).
 */
export async function settlePlan(tx: Tx, patientId: string, planId: string): Promise<void> {
  const counts = await tx
    .selectFrom('treatment_plan_items')
    .select([
      sql<number>`count(*) FILTER (WHERE status IN ('accepted', 'in_progress'))::int`.as('open'),
      sql<number>`count(*) FILTER (WHERE status = 'completed')::int`.as('done'),
    ])
    .where('patient_id', '=', patientId)
    .where('plan_id', '=', planId)
    .executeTakeFirstOrThrow()
  if (counts.open > 0) return
  await tx
    .updateTable('treatment_plans')
    .set({
      status: counts.done > 0 ? 'completed' : 'cancelled',
      status_changed_at: sql<Date>`app_now()`,
    })
    .where('patient_id', '=', patientId)
    .where('id', '=', planId)
    .where('status', '=', 'accepted')
    .execute()
}
