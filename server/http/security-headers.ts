import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import type { AppEnv } from './app-env.ts'

/**
 * Browser hardening for every response. Everything the app needs is served
 * from this origin (a clinic may be offline), so the policy allows 'self' only.
 * Inline style attributes stay allowed for React; inline scripts do not.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
    permissionsPolicy: { camera: ['self'], microphone: [], geolocation: [] },
  })
}

/**
 * API responses may carry personal data; no browser or proxy may keep a copy
 * (PRODUCT.md, "Quality bars").
 */
export function noStore(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next()
    // In place, as secureHeaders() sets its own: c.header() on a finished response copies it
    // into a new Response, whose body then streams out instead of being written at once (about
    // 5% of a patient read's server time).
    c.res.headers.set('Cache-Control', 'no-store')
  }
}
