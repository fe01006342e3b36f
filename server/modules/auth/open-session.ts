import type { Context } from 'hono'
import type { AppEnv, Session } from '../../http/app-env.ts'
import { requestOrigin } from '../../http/tenant.ts'
import { createSession } from './create-session.ts'
import { endSession } from './end-session.ts'
import { setSessionCookies } from './session-cookie.ts'
import { resolveSession } from './session-middleware.ts'

/**
 * Signs the person in for one clinic: a new session and its two cookies. A session this
 * browser already had (its cookie came with the request) ends first: the new cookies replace
 * the old ones, and a session nobody holds a cookie for should not stay alive to be stolen.
 */
export async function openSession(
  c: Context<AppEnv>,
  who: { clinicId: string; userId: string },
): Promise<Session> {
  const { db, clock, session } = c.var.deps
  const previous = c.var.session
  if (previous) {
    await endSession(db, previous, {
      request: requestOrigin(c),
      now: clock(),
      reason: 'signed in again',
    })
  }
  const created = await createSession(db, {
    ...who,
    now: clock(),
    absoluteHours: session.absoluteHours,
    request: requestOrigin(c),
  })
  setSessionCookies(c, created, created.expiresAt)
  const resolved = await resolveSession(c.var.deps, created.sessionToken)
  if (!resolved) throw new Error('a session just created did not resolve')
  return resolved
}

/** The address links in emails point to: PUBLIC_URL, or the address this request used. */
export function baseUrlOf(c: Context<AppEnv>): string {
  return c.var.deps.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin
}
