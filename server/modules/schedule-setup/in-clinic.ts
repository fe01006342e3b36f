import type { Context } from 'hono'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import type { AppEnv, Session } from '../../http/app-env.ts'
import { AppError, type ErrorReason, fieldError } from '../../http/errors.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize, type Capability } from '../access/index.ts'
import { sessionOf } from '../auth/session-middleware.ts'

/**
 * Checks the capability (a clear 403 before any work), then runs `work` in the
 * clinic's transaction. The database checks the same capability again through
 * the tables' RESTRICTIVE policies (ADR 0007).
 */
export function inClinic<T>(
  c: Context<AppEnv>,
  capability: Extract<Capability, 'schedule.read' | 'schedule.configure'>,
  work: (tx: Tx, session: Session) => Promise<T>,
): Promise<T> {
  const session = sessionOf(c)
  authorize(session, capability)
  return withClinic(c.var.deps.db, tenantOf(c), (tx) => work(tx, session))
}

/**
 * Runs a statement and turns the SQLSTATEs listed in `answers` into errors that
 * name the field (PostgreSQL's own messages can quote values, so they are never passed on).
 * Other errors go to the central mapping in server/http/database-errors.ts.
 */
export async function mapDatabaseErrors<T>(
  statement: Promise<T>,
  answers: Partial<Record<'23505' | '23503' | '23514' | '23P01', AppError>>,
): Promise<T> {
  try {
    return await statement
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const answer = typeof code === 'string' ? answers[code as keyof typeof answers] : undefined
    throw answer ?? error
  }
}

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
