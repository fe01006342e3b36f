import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { type Capability, can } from './role-matrix.ts'

/**
 * The route-level check. The database enforces the same matrix through its
 * policies, so a route that forgot this call still cannot read or change what
 * the role may not; this call turns the refusal into a clear 403 before any work.
 */
export function authorize(session: Session, capability: Capability): void {
  if (!can(session.role, capability)) {
    throw new AppError('forbidden', 'access.role')
  }
}
