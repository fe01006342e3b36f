import { createHash } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'

/**
 * Sign-in and reset throttling (PRODUCT.md "Identity and access"): 5 failures
 * for one account within 15 minutes lock it for 15 minutes. Per IP the limit is
 * higher, because a clinic's whole staff often shares one address. Keys hold a
 * hash of the email, never the email; unknown emails are counted the same way,
 * so a lockout does not reveal whether an account exists.
 * See: https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#account-lockout
 */
export const ACCOUNT_FAILURE_LIMIT = 5
export const IP_FAILURE_LIMIT = 50
const WINDOW = '15 minutes'
const LOCK = '15 minutes'

export type ThrottleScope = 'login' | 'reset'

export function throttleKeys(scope: ThrottleScope, email: string, ip: string | undefined) {
  const account = `${scope}-account:${createHash('sha256').update(email).digest('hex')}`
  return ip ? [account, `${scope}-ip:${ip}`] : [account]
}

/** When the lock on any of the keys ends, or undefined when none is locked. */
export async function lockedUntil(db: Kysely<Database>, keys: string[], now: Date) {
  const { rows } = await sql<{ until: Date | null }>`
    SELECT auth_throttle_locked_until(${keys}::text[], ${now}) AS until`.execute(db)
  const until = rows[0]?.until
  return until ? new Date(until) : undefined
}

/** Counts a failure; returns true when it locked the account just now. */
export async function registerFailure(db: Kysely<Database>, keys: string[], now: Date) {
  const limits = keys.map((key) =>
    key.includes('-ip:') ? IP_FAILURE_LIMIT : ACCOUNT_FAILURE_LIMIT,
  )
  const { rows } = await sql<{ locked: string[] }>`
    SELECT auth_throttle_fail(${keys}::text[], ${limits}::int[], ${now}, ${WINDOW}::interval,
                              ${LOCK}::interval) AS locked`.execute(db)
  return (rows[0]?.locked ?? []).some((key) => key.includes('-account:'))
}

export async function clearFailures(db: Kysely<Database>, accountKey: string, now: Date) {
  await sql`SELECT auth_throttle_clear(${accountKey}, ${now})`.execute(db)
}
