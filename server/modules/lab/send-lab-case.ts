import type { z } from 'zod'
import type { NewLabCaseSchema } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'
import {
  recordStep,
  requireActiveLab,
  requireNotAfterToday,
  requirePlanItemOf,
} from './lab-guards.ts'

/**
 * Records a case sent to a lab for the patient (issue #13 item 4). The sent date is the
 * clinic's today unless given, never after it; the due date is on or after it. Returns the
 * new case's id.
 */
export async function sendLabCase(
  tx: Tx,
  actor: Session,
  patientId: string,
  today: string,
  input: z.output<typeof NewLabCaseSchema>,
  remakeOf: string | null = null,
): Promise<string> {
  const sentOn = input.sentOn ?? today
  requireNotAfterToday('sentOn', sentOn, today)
  if (input.dueOn < sentOn) throw fieldError('validation_failed', 'dueOn', 'lab.before_sent')
  await requireActiveLab(tx, input.labId)
  if (input.planItemId) await requirePlanItemOf(tx, patientId, input.planItemId)
  const row = await tx
    .insertInto('lab_cases')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      lab_id: input.labId,
      work_type: input.workType,
      teeth: input.teeth,
      shade: input.shade || null,
      material: input.material ?? null,
      instructions: input.instructions || null,
      sent_on: sentOn,
      due_on: input.dueOn,
      remake_of: remakeOf,
      plan_item_id: input.planItemId ?? null,
      cost_paise: input.costPaise ?? null,
      created_by: actor.userId,
    })
    .returning(['id', 'patient_id'])
    .executeTakeFirstOrThrow()
  await recordStep(tx, actor, row, 'sent', sentOn)
  return row.id
}
