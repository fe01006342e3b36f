import type { Context } from 'hono'
import type { AppEnv, Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { requestOrigin } from '../../http/tenant.ts'
import type { OutboxMessage } from '../../lib/email/outbox-provider.ts'

/** Roles that may read their clinic's emails (invitations carry one-time sign-in links). */
const READER_ROLES = new Set(['owner', 'admin'])

/**
 * True for 127.0.0.0/8 and ::1 (also IPv4-mapped). Only the socket's own address is trusted:
 * headers such as X-Forwarded-For are written by the client and prove nothing.
 */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain)
}

/**
 * Which outbox messages this request may read. Messages hold one-time links (invitations,
 * password resets) that take over accounts, so:
 * - a clinic's messages: a signed-in owner or admin of that clinic;
 * - platform messages (no clinic: password resets, sign-up): only a request from this
 *   machine's loopback, signed in or not, because the person who forgot their password cannot
 *   sign in, and whoever sits at the machine can read the outbox files anyway.
 * Anyone else: 401 without a session, 403 with a role that may not read it.
 * Note: behind a reverse proxy on the same machine every request comes from loopback; such an
 * install must configure SMTP (the outbox is meant for one machine without email).
 */
export function outboxReader(c: Context<AppEnv>): (message: OutboxMessage) => boolean {
  const session = c.var.session
  const isLocal = isLoopback(requestOrigin(c).ip)
  if (session) refuseOtherRoles(session)
  if (!session && !isLocal) throw new AppError('unauthenticated', 'auth.sign_in_required')
  const clinicId = session?.clinicId
  return (message) =>
    message.clinicId === null ? isLocal : clinicId !== undefined && message.clinicId === clinicId
}

/**
 * The clinic whose WhatsApp outbox messages this request may read: a signed-in owner's or
 * admin's own. Every WhatsApp message belongs to a clinic (there are no platform messages), so
 * a request without a session is refused even from loopback.
 */
export function whatsappOutboxClinic(c: Context<AppEnv>): string {
  const session = c.var.session
  if (!session) throw new AppError('unauthenticated', 'auth.sign_in_required')
  refuseOtherRoles(session)
  return session.clinicId
}

function refuseOtherRoles(session: Session): void {
  if (!READER_ROLES.has(session.role) || session.mustEnrolTwoFactor) {
    throw new AppError('forbidden', 'outbox.owners_only')
  }
}
