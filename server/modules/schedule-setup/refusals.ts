import type { Tx } from '../../db/with-clinic.ts'
import { AppError, type ErrorReason, fieldError } from '../../http/errors.ts'

// The refusals the set-up use cases share: a clear 4xx naming the field, never a 500.

/** The branch to use: the one named (400 if it is not this clinic's), else the clinic's first. */
export async function branchFor(tx: Tx, branchId: string | undefined): Promise<string> {
  let query = tx.selectFrom('branches').select('id').orderBy('created_at').orderBy('id').limit(1)
  if (branchId) query = query.where('id', '=', branchId)
  const branch = await query.executeTakeFirst()
  if (!branch) throw fieldError('validation_failed', 'branchId', 'schedule.branch_unknown')
  return branch.id
}

export const notFound = (reason: Extract<ErrorReason, `schedule.${string}_not_found`>): AppError =>
  new AppError('not_found', reason)
