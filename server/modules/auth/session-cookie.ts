import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../../http/app-env.ts'

export const SESSION_COOKIE = 'niramaya_session'
/** Readable by the page's script, which echoes it in X-CSRF-Token (double submit). */
export const CSRF_COOKIE = 'csrf_token'

/** Secure cookies when the app is reached over TLS (directly or via PUBLIC_URL). */
function isSecure(c: Context<AppEnv>): boolean {
  const publicUrl = c.var.deps.publicUrl
  if (publicUrl) return publicUrl.startsWith('https:')
  return new URL(c.req.url).protocol === 'https:'
}

/**
 * Sets both cookies to live until the session's absolute expiry. Max-Age (seconds from
 * now, by the server's clock) rather than an absolute Expires date: the browser counts
 * from when it receives the cookie, so a client whose clock is wrong (or a test whose
 * clock is moved) keeps the session exactly as long as the server does.
 */
export function setSessionCookies(
  c: Context<AppEnv>,
  tokens: { sessionToken: string; csrfToken: string },
  expiresAt: Date,
) {
  const maxAge = Math.max(
    0,
    Math.floor((expiresAt.getTime() - c.var.deps.clock().getTime()) / 1000),
  )
  const common = { path: '/', sameSite: 'Lax', secure: isSecure(c), maxAge } as const
  setCookie(c, SESSION_COOKIE, tokens.sessionToken, { ...common, httpOnly: true })
  setCookie(c, CSRF_COOKIE, tokens.csrfToken, { ...common, httpOnly: false })
}

export function clearSessionCookies(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
  deleteCookie(c, CSRF_COOKIE, { path: '/' })
}

export function sessionTokenOf(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE)
}
