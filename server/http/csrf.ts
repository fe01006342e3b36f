import { timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { hashToken } from '../lib/tokens.ts'
import type { AppEnv } from './app-env.ts'
import { AppError } from './errors.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Cross-site request forgery protection for state-changing requests:
 * 1. a browser's Origin header must be the app's own (PUBLIC_URL, or the Host
 *    the request was sent to), else 403;
 * 2. a request that carries the session cookie must echo the readable
 *    csrf_token cookie in X-CSRF-Token (double submit, bound to the session).
 * See: https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next()
    const origin = c.req.header('Origin')
    if (
      origin !== undefined &&
      origin !== ownOrigin(c.req.url, c.var.deps.publicUrl, c.req.header('Host'))
    ) {
      throw new AppError('forbidden', 'access.foreign_origin')
    }
    const session = c.var.session
    if (session) checkCsrfToken(c, session)
    return next()
  }
}

/**
 * The double-submit check for a request that carries a session: a state-changing request
 * must echo the session's CSRF token in X-CSRF-Token. Used here and by clinic routes, which
 * resolve their session inside the request's transaction (server/http/clinic-route.ts).
 */
export function checkCsrfToken(c: Context<AppEnv>, session: { csrfTokenHash: string }): void {
  if (SAFE_METHODS.has(c.req.method)) return
  const echoed = c.req.header('X-CSRF-Token') ?? ''
  if (!sameHash(hashToken(echoed), session.csrfTokenHash)) {
    throw new AppError('forbidden', 'access.csrf_token')
  }
}

function ownOrigin(requestUrl: string, publicUrl: string | undefined, host: string | undefined) {
  if (publicUrl) return new URL(publicUrl).origin
  const url = new URL(requestUrl)
  return `${url.protocol}//${host ?? url.host}`
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
