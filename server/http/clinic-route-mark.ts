import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { matchedRoutes } from 'hono/route'
import { isWellFormedToken } from '../lib/tokens.ts'
import type { AppEnv } from './app-env.ts'
import { AppError } from './errors.ts'

/** The session cookie's name (set by the auth module at sign-in). */
export const SESSION_COOKIE = 'niramaya_session'

const CLINIC_ROUTE = Symbol('clinic route')

/**
 * Route middleware of every clinic route (server/http/clinic-route.ts): 401 before the input
 * is validated when there is no session cookie at all, and a mark that tells the app-wide
 * session middleware to leave the request to the route, which resolves the
 * session in its own transaction.
 */
export const sessionRequired: MiddlewareHandler<AppEnv> = Object.assign(
  async (c: Context<AppEnv>, next: () => Promise<void>) => {
    if (!isWellFormedToken(getCookie(c, SESSION_COOKIE))) {
      throw new AppError('unauthenticated', 'auth.sign_in_required')
    }
    await next()
  },
  { [CLINIC_ROUTE]: true },
)

/** True when the request was routed to a clinic route (one whose middleware has the mark). */
export function isClinicRoute(c: Context): boolean {
  return matchedRoutes(c).some((route) => CLINIC_ROUTE in (route.handler as object))
}
