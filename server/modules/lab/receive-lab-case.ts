import type { z } from 'zod'
import type { ReceiveLabCaseSchema } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'
import { recordStep, requireCase, requireNotAfterToday } from './lab-guards.ts'

/** The work is back from the lab: on the clinic's today unless given, not before it was sent. */
export async function receiveLabCase(
  tx: Tx,
  actor: Session,
  caseId: string,
  today: string,
  input: z.output<typeof ReceiveLabCaseSchema>,
): Promise<void> {
  const current = await requireCase(tx, caseId)
  if (current.status !== 'sent') throw fieldError('conflict', 'status', 'lab.not_at_lab')
  const receivedOn = input.receivedOn ?? today
  requireNotAfterToday('receivedOn', receivedOn, today)
  if (receivedOn < current.sent_on) {
    throw fieldError('validation_failed', 'receivedOn', 'lab.before_sent')
  }
  await tx
    .updateTable('lab_cases')
    .set({ status: 'received', received_on: receivedOn, cost_paise: input.costPaise })
    .where('id', '=', caseId)
    .execute()
  await recordStep(tx, actor, current, 'received', receivedOn)
}
