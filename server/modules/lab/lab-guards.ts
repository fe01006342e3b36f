import type { LabCaseStatus } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { findCaseForUpdate, findLab, type LabCaseRow } from './queries.ts'

/** The lab a case is sent to: one of this clinic's, not archived (400 naming `field`). */
export async function requireActiveLab(tx: Tx, labId: string, field = 'labId'): Promise<void> {
  const lab = await findLab(tx, labId)
  if (!lab) throw fieldError('validation_failed', field, 'lab.not_found')
  if (lab.archived_at) throw fieldError('validation_failed', field, 'lab.archived')
}

/**
 * A linked plan item is an item of the same patient's treatment plans. The database's trigger
 * says the same (lab_cases_plan_item_patient); asking first names the field.
 */
export async function requirePlanItemOf(
  tx: Tx,
  patientId: string,
  planItemId: string,
): Promise<void> {
  const item = await tx
    .selectFrom('treatment_plan_items')
    .select('id')
    .where('id', '=', planItemId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst()
  if (!item) throw fieldError('validation_failed', 'planItemId', 'lab.plan_item_other_patient')
}

/** The case, locked, if the caller may read it (RLS: care team), else 404. */
export async function requireCase(tx: Tx, caseId: string): Promise<LabCaseRow> {
  const row = await findCaseForUpdate(tx, caseId)
  if (!row) throw new AppError('not_found', 'lab.case_not_found')
  return row
}

/** A step date is not after the clinic's today (a case is not received tomorrow). */
export function requireNotAfterToday(field: string, date: string, today: string): void {
  if (date > today) throw fieldError('validation_failed', field, 'lab.after_today')
}

/** Records a step of the case, so the board can show when each happened. */
export async function recordStep(
  tx: Tx,
  actor: Session,
  row: { id: string; patient_id: string },
  status: LabCaseStatus,
  occurredOn: string,
  note: string | null = null,
): Promise<void> {
  await tx
    .insertInto('lab_case_events')
    .values({
      clinic_id: actor.clinicId,
      case_id: row.id,
      patient_id: row.patient_id,
      status,
      occurred_on: occurredOn,
      note,
      recorded_by: actor.userId,
    })
    .execute()
}
