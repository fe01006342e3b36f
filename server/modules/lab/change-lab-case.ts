import type { z } from 'zod'
import type { LabCasePatchSchema } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { fieldError } from '../../http/errors.ts'
import {
  requireActiveLab,
  requireCase,
  requireNotAfterToday,
  requirePlanItemOf,
} from './lab-guards.ts'

/**
 * Corrects a case's details (lab, work, teeth, shade, material, dates, plan item, the lab's
 * bill). The dates are checked against the case as it will stand: due and received on or after
 * sent. A remade case is closed: its remake is the one to change.
 */
export async function changeLabCase(
  tx: Tx,
  caseId: string,
  today: string,
  patch: z.output<typeof LabCasePatchSchema>,
): Promise<void> {
  const current = await requireCase(tx, caseId)
  if (current.status === 'remake') {
    throw fieldError('conflict', 'status', 'lab.case_closed')
  }
  const sentOn = patch.sentOn ?? current.sent_on
  const dueOn = patch.dueOn ?? current.due_on
  if (patch.sentOn) requireNotAfterToday('sentOn', patch.sentOn, today)
  if (dueOn < sentOn) throw fieldError('validation_failed', 'dueOn', 'lab.before_sent')
  if (current.received_on && current.received_on < sentOn) {
    throw fieldError('validation_failed', 'sentOn', 'lab.after_received')
  }
  if (patch.labId && patch.labId !== current.lab_id) await requireActiveLab(tx, patch.labId)
  if (patch.planItemId) await requirePlanItemOf(tx, current.patient_id, patch.planItemId)
  await tx
    .updateTable('lab_cases')
    .set({
      lab_id: patch.labId,
      work_type: patch.workType,
      teeth: patch.teeth,
      shade: patch.shade === '' ? null : patch.shade,
      material: patch.material,
      instructions: patch.instructions === '' ? null : patch.instructions,
      sent_on: patch.sentOn,
      due_on: patch.dueOn,
      plan_item_id: patch.planItemId,
      cost_paise: patch.costPaise,
    })
    .where('id', '=', caseId)
    .execute()
}
