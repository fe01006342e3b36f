import type { z } from 'zod'
import type { FitLabCaseSchema } from '../../../shared/contracts/lab.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'
import { recordStep, requireCase, requireNotAfterToday } from './lab-guards.ts'

/** The work is fitted in the patient's mouth: on the clinic's today unless given. */
export async function fitLabCase(
  tx: Tx,
  actor: Session,
  caseId: string,
  today: string,
  input: z.output<typeof FitLabCaseSchema>,
): Promise<void> {
  const current = await requireCase(tx, caseId)
  if (current.status !== 'received' || !current.received_on) {
    throw fieldError('conflict', 'status', 'lab.not_received')
  }
  const fittedOn = input.fittedOn ?? today
  requireNotAfterToday('fittedOn', fittedOn, today)
  if (fittedOn < current.received_on) {
    throw fieldError('validation_failed', 'fittedOn', 'lab.before_received')
  }
  await tx
    .updateTable('lab_cases')
    .set({ status: 'fitted', fitted_on: fittedOn })
    .where('id', '=', caseId)
    .execute()
  await recordStep(tx, actor, current, 'fitted', fittedOn)
}
