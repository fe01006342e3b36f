import type { RouteConfig, RouteHandler } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { todayInZone } from '../../shared/format/date.ts'
import type { Role } from '../db/schema.ts'
import { type OpenedRequest, openClinicRequest, type Tx, withClinic } from '../db/with-clinic.ts'
import { hashToken, isWellFormedToken } from '../lib/tokens.ts'
import { authorize, type Capability } from '../modules/access/index.ts'
import { CipherCache, type ClinicCipher } from '../modules/clinic-keys/index.ts'
import type { AppEnv, Session } from './app-env.ts'
import { SESSION_COOKIE } from './clinic-route-mark.ts'
import { checkCsrfToken } from './csrf.ts'
import { AppError } from './errors.ts'
import { idempotentClinicRequest, idempotentRequestOf } from './idempotency.ts'
import { requestOrigin } from './tenant.ts'

/** Extras a handler can ask for; each is free once cached. */
export type Need = 'cipher'

/** What a clinic route's handler is given: the open transaction and who is asking. */
export interface ClinicScope {
  /** The request's transaction, tenant context set; committed when the handler returns. */
  tx: Tx
  /** The signed-in staff member. */
  actor: Session
  /** The app's clock at the start of the request (the database's app_now() agrees). */
  now: Date
  /** The clinic's IANA time zone, and today's date there (YYYY-MM-DD). */
  zone: string
  today: string
  /** Whether this person's clinical access covers every patient (no per-patient check). */
  clinicalAll: { read: boolean; write: boolean }
}

export type ScopeWith<N extends Need> = ClinicScope &
  ('cipher' extends N ? { cipher: ClinicCipher } : unknown)

export interface ClinicPolicy<N extends Need> {
  /** The capability the role must hold, or `signed-in` for any member of the clinic. */
  can: Capability | 'signed-in'
  needs?: readonly N[]
}

const ciphers = new CipherCache()

/** Forget cached clinic keys (tests; after a key change). */
export function clearClinicCaches(): void {
  ciphers.clear()
}

/**
 * The one way to serve a clinic's data (ADR 0014). The handler runs inside the request's
 * transaction, whose first statement resolves the session and sets the tenant context
 * together (app_open_request). Before the handler, and so before any query of its own,
 * the primitive refuses: no live session (401), two-factor enrolment pending (403), a
 * state-changing request without the session's CSRF token (403), a role without the
 * capability (403). What the handler declares it needs (the clinic's cipher) comes from a
 * per-process cache. It commits when the handler returns and rolls back if it throws.
 *
 * Put `sessionRequired` in the route's `middleware` so a request without a session cookie
 * gets 401 before its input is even validated.
 */
export function clinicRoute<R extends RouteConfig, N extends Need = never>(
  _route: R,
  policy: ClinicPolicy<N>,
  handler: (
    c: Parameters<RouteHandler<R, AppEnv>>[0],
    scope: ScopeWith<N>,
  ) => ReturnType<RouteHandler<R, AppEnv>>,
): RouteHandler<R, AppEnv> {
  const run = async (c: Context<AppEnv>) => {
    // A retried create (same Idempotency-Key) is answered from the first run, in the same
    // transaction as the create itself; the header is checked before any query.
    const idempotent = await idempotentRequestOf(c)
    return inClinicRequest(c, policy, async (scope, cipherOf) => {
      const work = async () => (await handler(c as never, scope as ScopeWith<N>)) as Response
      if (!idempotent) return work()
      const { actor, now, tx } = scope
      const who = { clinicId: actor.clinicId, userId: actor.userId, now, cipher: await cipherOf() }
      return idempotentClinicRequest(tx, idempotent, who, work)
    })
  }
  return run as unknown as RouteHandler<R, AppEnv>
}

/** What a streaming clinic route's handler gets: no transaction held, one on request. */
export type StreamScope<N extends Need> = Omit<ScopeWith<N>, 'tx'> & {
  /** Runs `work` in a new transaction with this request's tenant context and clock. */
  inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>
}

/**
 * A clinic route whose handler reads a large body as it streams (a 25 MiB X-ray over a clinic's
 * Wi-Fi): holding a transaction, and so a pooled connection, for as long as that takes would let
 * a few slow uploads exhaust the pool. The request is admitted exactly as by clinicRoute (session,
 * two-factor, CSRF, capability) and `before` runs its own checks in that first transaction
 * (e.g. "may write this patient's records"); it commits, and only then does the handler run,
 * opening a transaction of its own (`scope.inTransaction`) once the body is in. Idempotency-Key
 * does not apply: a streamed body is not hashed.
 */
export function streamingClinicRoute<R extends RouteConfig, N extends Need = never>(
  _route: R,
  policy: ClinicPolicy<N> & {
    before?: (c: Parameters<RouteHandler<R, AppEnv>>[0], scope: ScopeWith<N>) => Promise<void>
  },
  handler: (
    c: Parameters<RouteHandler<R, AppEnv>>[0],
    scope: StreamScope<N>,
  ) => ReturnType<RouteHandler<R, AppEnv>>,
): RouteHandler<R, AppEnv> {
  const run = async (c: Context<AppEnv>) => {
    const admitted = await inClinicRequest(c, policy, async (scope) => {
      await policy.before?.(c as never, scope as ScopeWith<N>)
      return scope
    })
    const { db } = c.var.deps
    const { tx: _committed, ...rest } = admitted
    const { clinicId, userId } = rest.actor
    const context = { clinicId, userId, request: requestOrigin(c), now: rest.now }
    const scope = {
      ...rest,
      inTransaction: <T>(work: (tx: Tx) => Promise<T>) => withClinic(db, context, work),
    }
    return handler(c as never, scope as unknown as StreamScope<N>)
  }
  return run as unknown as RouteHandler<R, AppEnv>
}

/**
 * The admission both kinds of clinic route share: opens the request's transaction with the
 * session and tenant context in one statement, refuses before any other query, builds the
 * scope (with the cipher if the policy needs it) and runs `work` in that transaction.
 */
async function inClinicRequest<T, N extends Need>(
  c: Context<AppEnv>,
  policy: ClinicPolicy<N>,
  work: (
    scope: ClinicScope & { cipher?: ClinicCipher },
    cipherOf: () => Promise<ClinicCipher>,
  ) => Promise<T>,
): Promise<T> {
  const token = getCookie(c, SESSION_COOKIE)
  if (!isWellFormedToken(token)) throw new AppError('unauthenticated', 'auth.sign_in_required')
  const { db, clock, keyring, session: limits } = c.var.deps
  const now = clock()
  const opening = {
    tokenHash: hashToken(token),
    now,
    idle: `${limits.idleMinutes} minutes`,
    request: requestOrigin(c),
  }
  return openClinicRequest(db, opening, async (tx, opened) => {
    if (!opened) throw new AppError('unauthenticated', 'auth.sign_in_required')
    const actor = admit(c, opened, policy.can)
    const scope: ClinicScope & { cipher?: ClinicCipher } = {
      tx,
      actor,
      now,
      zone: opened.time_zone,
      today: todayInZone(opened.time_zone, now),
      clinicalAll: { read: opened.clinical_all_read, write: opened.clinical_all_write },
    }
    const cipherOf = () => ciphers.get(tx, keyring, actor.clinicId, opened.data_key_id)
    if (policy.needs?.includes('cipher' as N)) scope.cipher = await cipherOf()
    return work(scope, cipherOf)
  })
}

/** Who is asking, or the refusal: checked in this order, all before the handler's queries. */
function admit(c: Context<AppEnv>, opened: OpenedRequest, can: Capability | 'signed-in'): Session {
  const actor: Session = {
    sessionId: opened.session_id,
    clinicId: opened.clinic_id,
    userId: opened.user_id,
    role: opened.role as Role,
    csrfTokenHash: opened.csrf_token_hash,
    expiresAt: new Date(opened.expires_at),
    mustEnrolTwoFactor: opened.must_enrol_two_factor,
  }
  c.set('session', actor)
  if (actor.mustEnrolTwoFactor) throw new AppError('forbidden', 'auth.two_factor_enrol')
  checkCsrfToken(c, actor)
  if (can !== 'signed-in') authorize(actor, can)
  return actor
}

export { sessionRequired } from './clinic-route-mark.ts'
