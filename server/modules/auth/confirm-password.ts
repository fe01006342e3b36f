import type { Context } from 'hono'
import { withClinic } from '../../db/with-clinic.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { requestOrigin, tenantOf } from '../../http/tenant.ts'
import { recordEvent } from '../audit/index.ts'
import { mySecrets } from './my-account.ts'
import { sessionOf } from './session-middleware.ts'
import { clearFailures, lockedUntil, registerFailure, throttleKeys } from './throttle.ts'

/**
 * Confirms the signed-in person's current password before a sensitive change (a new password,
 * turning two-factor off), throttled like sign-in: someone holding an unattended, signed-in
 * browser must not be able to guess the password there without limit. 5 wrong passwords within
 * 15 minutes lock these confirmations for 15 minutes (429).
 *
 * Failures are counted outside the change's transaction, which rolls back when the password is
 * wrong and would take the count with it.
 */
export async function confirmCurrentPassword(
  c: Context<AppEnv>,
  field: 'currentPassword' | 'password',
  password: string,
): Promise<void> {
  const session = sessionOf(c)
  const { db, hasher, clock } = c.var.deps
  const now = clock()
  const keys = throttleKeys('reauth', session.userId, requestOrigin(c).ip)
  if (await lockedUntil(db, keys, now)) {
    throw new AppError('rate_limited', 'auth.too_many_attempts', { minutes: 15 })
  }
  const secrets = await withClinic(db, tenantOf(c), (tx) => mySecrets(tx))
  if (await hasher.verify(secrets.password_hash, password)) {
    await clearFailures(db, keys[0] as string, now)
    return
  }
  const isNowLocked = await registerFailure(db, keys, now)
  await withClinic(db, tenantOf(c), async (tx) => {
    await recordEvent(tx, 'auth.login_failed', { reason: 'current password' })
    if (isNowLocked) await recordEvent(tx, 'auth.locked_out')
  })
  throw validationError([issue(field, 'auth.not_current_password')])
}
