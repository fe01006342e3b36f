import type { MiddlewareHandler } from 'hono'
import { sql } from 'kysely'
import type { AppEnv, Session } from '../../http/app-env.ts'
import { isClinicRoute } from '../../http/clinic-route-mark.ts'
import { AppError } from '../../http/errors.ts'
import { hashToken, isWellFormedToken } from '../../lib/tokens.ts'
import { sessionTokenOf } from './session-cookie.ts'

interface ResolvedSession {
  session_id: string
  clinic_id: string
  user_id: string
  role: Session['role']
  csrf_token_hash: string
  expires_at: Date
  must_enrol_two_factor: boolean
}

/**
 * Resolves the session cookie on every API request. The role is read afresh
 * from the membership each time, so deactivating someone or changing their role
 * takes effect on their very next request.
 */
export function loadSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Clinic routes resolve the session themselves, in their transaction's first statement.
    if (isClinicRoute(c)) return next()
    const token = sessionTokenOf(c)
    c.set('session', isWellFormedToken(token) ? await resolveSession(c.var.deps, token) : undefined)
    await next()
  }
}

/** The live session for a cookie token, or undefined. */
export async function resolveSession(
  deps: AppEnv['Variables']['deps'],
  token: string,
): Promise<Session | undefined> {
  const idle = `${deps.session.idleMinutes} minutes`
  const { rows } = await sql<ResolvedSession>`
    SELECT * FROM auth_resolve_session(${hashToken(token)}, ${deps.clock()}, ${idle}::interval)`.execute(
    deps.db,
  )
  const row = rows[0]
  if (!row) return undefined
  return {
    sessionId: row.session_id,
    clinicId: row.clinic_id,
    userId: row.user_id,
    role: row.role,
    csrfTokenHash: row.csrf_token_hash,
    expiresAt: new Date(row.expires_at),
    mustEnrolTwoFactor: row.must_enrol_two_factor,
  } satisfies Session
}

/**
 * Routes a signed-in person may use before enrolling in two-factor when the
 * clinic requires it: their own profile and its sub-routes (to set it up), and signing out.
 */
const ALLOWED_BEFORE_TWO_FACTOR = ['/api/v1/me', '/api/v1/auth/logout']

/** 401 without a live session; 403 until two-factor is set up where the clinic requires it. */
export function requireSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.var.session
    if (!session) throw new AppError('unauthenticated', 'auth.sign_in_required')
    const path = new URL(c.req.url).pathname
    const isAllowed = ALLOWED_BEFORE_TWO_FACTOR.some(
      (allowed) => path === allowed || path.startsWith(`${allowed}/`),
    )
    if (session.mustEnrolTwoFactor && !isAllowed) {
      throw new AppError('forbidden', 'auth.two_factor_enrol')
    }
    await next()
  }
}

/** The session of a route behind requireSession(). */
export function sessionOf(c: { var: AppEnv['Variables'] }): Session {
  const session = c.var.session
  if (!session) throw new AppError('unauthenticated', 'auth.sign_in_required')
  return session
}
