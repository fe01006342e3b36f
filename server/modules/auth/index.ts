/**
 * Accounts and sessions: signing up and in, invitations, password resets, two-factor, the
 * signed-in person's own account (/me), and the session middleware for routes that are not
 * a clinic's data (clinic data goes through server/http/clinic-route.ts).
 */
export { invitationEmail } from './emails.ts'
export { meRoutes } from './me-routes.ts'
export { baseUrlOf } from './open-session.ts'
export { createPasswordHasher, type PasswordHasher } from './password.ts'
export { authRoutes } from './routes.ts'
export { CSRF_COOKIE, SESSION_COOKIE } from './session-cookie.ts'
export { loadSession, requireSession, sessionOf } from './session-middleware.ts'
