import type { z } from 'zod'
import type { RemakeLabCaseSchema } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'
import { recordStep, requireCase } from './lab-guards.ts'
import { sendLabCase } from './send-lab-case.ts'

/**
 * The work must be made again (a poor fit, a wrong shade). The case closes as 'remake' with the
 * reason, and a NEW case, linked to it (remake_of), is sent: to the same lab unless another is
 * given, for the same work and teeth. Keeping both means the first trip's dates stay as they
 * happened, and the lab's record shows how often its work comes back. Returns the new case's id.
 */
export async function remakeLabCase(
  tx: Tx,
  actor: Session,
  caseId: string,
  today: string,
  input: z.output<typeof RemakeLabCaseSchema>,
): Promise<string> {
  const current = await requireCase(tx, caseId)
  if (current.status !== 'sent' && current.status !== 'received') {
    throw fieldError('conflict', 'status', 'lab.not_remakeable')
  }
  await tx
    .updateTable('lab_cases')
    .set({ status: 'remake', remake_reason: input.reason })
    .where('id', '=', caseId)
    .execute()
  await recordStep(tx, actor, current, 'remake', today, input.reason)
  return sendLabCase(
    tx,
    actor,
    current.patient_id,
    today,
    {
      labId: input.labId ?? current.lab_id,
      workType: current.work_type,
      teeth: current.teeth.map(Number),
      shade: input.shade ?? current.shade ?? undefined,
      material: current.material ?? undefined,
      instructions: input.instructions ?? current.instructions ?? undefined,
      sentOn: input.sentOn,
      dueOn: input.dueOn,
      planItemId: current.plan_item_id ?? undefined,
      costPaise: undefined,
    },
    caseId,
  )
}
