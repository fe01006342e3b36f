import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { type RequestOrigin, withClinic } from '../../db/with-clinic.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { enqueueEmail, type JobQueue } from '../../jobs/index.ts'
import { createToken, hashToken, isWellFormedToken } from '../../lib/tokens.ts'
import { recordEvent } from '../audit/index.ts'
import type { Keyring } from '../clinic-keys/index.ts'
import { passwordResetEmail } from './emails.ts'
import { type PasswordHasher, passwordProblem } from './password.ts'
import { lockedUntil, registerFailure, throttleKeys } from './throttle.ts'

const RESET_TTL = '30 minutes'

interface Services {
  db: Kysely<Database>
  jobs: JobQueue
  keyring: Keyring
}

/**
 * Sends a single-use reset link when the email has an account. The caller
 * answers 202 either way, so the response never reveals whether it exists.
 * Requests count against the same kind of throttle as sign-in.
 */
export async function requestPasswordReset(
  services: Services,
  input: { email: string; now: Date; baseUrl: string; request: RequestOrigin },
): Promise<void> {
  const keys = throttleKeys('reset', input.email, input.request.ip)
  if (await lockedUntil(services.db, keys, input.now)) {
    throw new AppError('rate_limited', 'auth.too_many_resets', { minutes: 15 })
  }
  await registerFailure(services.db, keys, input.now)
  const token = createToken()
  // The reset row and its email job commit together: a crash after the commit still sends it.
  await services.db.transaction().execute(async (tx) => {
    const { rows } = await sql<{ user_id: string; full_name: string; email: string }>`
      SELECT * FROM auth_request_password_reset(${input.email}, ${token.hash}, ${input.now},
                                                ${RESET_TTL}::interval)`.execute(tx)
    const account = rows[0]
    if (!account) return
    // Enqueued, not sent: a known email answers as fast as an unknown one (the mail server's
    // speed would otherwise tell which emails have accounts). The link holds a secret, so the
    // job carries it sealed (server/jobs/email-job.ts) and the token itself is stored hashed.
    const message = passwordResetEmail({
      to: account.email,
      name: account.full_name,
      baseUrl: input.baseUrl,
      token: token.token,
    })
    await enqueueEmail(tx, services, message)
  })
}

/** Sets a new password from a reset link; ends every session of the account. */
export async function resetPassword(
  services: Services & { hasher: PasswordHasher },
  input: { token: string; password: string; now: Date; request: RequestOrigin },
): Promise<void> {
  if (!isWellFormedToken(input.token)) {
    throw validationError([issue('token', 'auth.reset_invalid')])
  }
  const problem = passwordProblem(input.password, {})
  if (problem) throw validationError([{ field: 'password', ...problem }])
  const passwordHash = await services.hasher.hash(input.password)
  const { rows } = await sql<{ user_id: string | null; status: string; clinic_ids: string[] }>`
    SELECT * FROM auth_reset_password(${hashToken(input.token)}, ${input.now}, ${passwordHash})`.execute(
    services.db,
  )
  const result = rows[0]
  if (!result || result.status === 'invalid') {
    throw validationError([issue('token', 'auth.reset_invalid')])
  }
  if (result.status === 'expired') throw new AppError('gone', 'auth.reset_expired')
  if (result.status === 'used') throw new AppError('gone', 'auth.reset_used')
  for (const clinicId of result.clinic_ids) {
    const context = { clinicId, userId: result.user_id, request: input.request }
    await withClinic(services.db, context, (tx) => recordEvent(tx, 'auth.password_reset'))
  }
}
