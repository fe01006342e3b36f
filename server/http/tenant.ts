import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { RequestOrigin, TenantContext } from '../db/with-clinic.ts'
import type { AppEnv } from './app-env.ts'
import { AppError } from './errors.ts'

/** Where a request came from, for the audit log. */
export function requestOrigin(c: Context<AppEnv>): RequestOrigin {
  return { id: c.var.requestId, ip: remoteAddress(c), userAgent: c.req.header('User-Agent') }
}

/** The signed-in person's tenant context: pass it to withClinic(). */
export function tenantOf(c: Context<AppEnv>): TenantContext {
  const session = c.var.session
  if (!session) throw new AppError('unauthenticated', 'auth.sign_in_required')
  return {
    clinicId: session.clinicId,
    userId: session.userId,
    request: requestOrigin(c),
    now: c.var.deps.clock(),
  }
}

function remoteAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address
  } catch {
    // app.request() in tests has no socket.
    return undefined
  }
}
