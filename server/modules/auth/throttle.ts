import { createHash } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'

/**
 * Throttling of sign-in, reset, sign-up and re-authentication (PRODUCT.md "Identity and
 * access"): 5 failures for one account within 15 minutes lock it for 15 minutes. Per IP the
 * limit is higher, because a clinic's whole staff often shares one address. Keys hold a hash of
 * the email (or user id), never the email; unknown emails are counted the same way, so a
 * lockout does not reveal whether an account exists.
 * See: https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#account-lockout
 */
export const ACCOUNT_FAILURE_LIMIT = 5
export const IP_FAILURE_LIMIT = 50
/**
 * Sign-ups per IP within the window, counted whether they succeed or not: sign-up answers 409
 * for an email that has an account, so unthrottled it would list which emails exist. A clinic
 * signs up once; ten from one address in 15 minutes is already unusual.
 */
export const SIGN_UP_IP_LIMIT = 10
const WINDOW = '15 minutes'
const LOCK = '15 minutes'

/**
 * login and reset: by email; reauth: confirming the current password of a signed-in account
 * (password change, turning two-factor off), by user id; signup: by IP only.
 */
export type ThrottleScope = 'login' | 'reset' | 'reauth' | 'signup'

export function throttleKeys(scope: ThrottleScope, who: string, ip: string | undefined) {
  const account = `${scope}-account:${createHash('sha256').update(who).digest('hex')}`
  const byIp = ip ? [`${scope}-ip:${ip}`] : []
  return scope === 'signup' ? byIp : [account, ...byIp]
}

function limitOf(key: string): number {
  if (key.startsWith('signup-ip:')) return SIGN_UP_IP_LIMIT
  return key.includes('-ip:') ? IP_FAILURE_LIMIT : ACCOUNT_FAILURE_LIMIT
}

/** When the lock on any of the keys ends, or undefined when none is locked. */
export async function lockedUntil(db: Kysely<Database>, keys: string[], now: Date) {
  if (keys.length === 0) return undefined
  const { rows } = await sql<{ until: Date | null }>`
    SELECT auth_throttle_locked_until(${keys}::text[], ${now}) AS until`.execute(db)
  const until = rows[0]?.until
  return until ? new Date(until) : undefined
}

/** Counts a failure; returns true when it locked the account just now. */
export async function registerFailure(db: Kysely<Database>, keys: string[], now: Date) {
  if (keys.length === 0) return false
  const limits = keys.map(limitOf)
  const { rows } = await sql<{ locked: string[] }>`
    SELECT auth_throttle_fail(${keys}::text[], ${limits}::int[], ${now}, ${WINDOW}::interval,
                              ${LOCK}::interval) AS locked`.execute(db)
  return (rows[0]?.locked ?? []).some((key) => key.includes('-account:'))
}

export async function clearFailures(db: Kysely<Database>, accountKey: string, now: Date) {
  await sql`SELECT auth_throttle_clear(${accountKey}, ${now})`.execute(db)
}
