import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'

/**
 * Marks a live finding of the patient superseded, once: 404 if the patient has no such
 * finding, 409 if it was already superseded (someone changed it first). The database allows
 * nothing else to change on the row (trigger dental_findings_append_only).
 */
export async function supersedeFinding(
  tx: Tx,
  session: Session,
  patientId: string,
  findingId: string,
  reason: 'changed' | 'completed' | 'not_planned' | 'charted_in_error' | 'no_longer_present',
) {
  const existing = await tx
    .selectFrom('dental_findings')
    .select(['id', 'superseded_at', 'status', 'tooth'])
    .where('patient_id', '=', patientId)
    .where('id', '=', findingId)
    .executeTakeFirst()
  if (!existing) throw new AppError('not_found', 'chart.finding_not_found')
  const updated = await tx
    .updateTable('dental_findings')
    .set({
      superseded_at: sql<Date>`app_now()`,
      superseded_by: session.userId,
      superseded_reason: reason,
    })
    .where('patient_id', '=', patientId)
    .where('id', '=', findingId)
    .where('superseded_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  if (!updated) throw new AppError('conflict', 'chart.finding_superseded')
  return existing
}
