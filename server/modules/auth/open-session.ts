import type { Context } from 'hono'
import type { AppEnv, Session } from '../../http/app-env.ts'
import { requestOrigin } from '../../http/tenant.ts'
import { createSession } from './create-session.ts'
import { setSessionCookies } from './session-cookie.ts'
import { resolveSession } from './session-middleware.ts'

/** Signs the person in for one clinic: a new session and its two cookies. */
export async function openSession(
  c: Context<AppEnv>,
  who: { clinicId: string; userId: string },
): Promise<Session> {
  const { db, clock, session } = c.var.deps
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
