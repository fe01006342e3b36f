import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { type RequestOrigin, withClinic } from '../../db/with-clinic.ts'
import { createToken } from '../../lib/tokens.ts'
import { recordEvent } from '../audit/index.ts'

export interface NewSession {
  sessionToken: string
  csrfToken: string
  expiresAt: Date
}

/**
 * Opens a server-side session for a user in one clinic. Only hashes of the
 * cookie and CSRF tokens are stored; the absolute limit is fixed at creation.
 */
export async function createSession(
  db: Kysely<Database>,
  input: {
    clinicId: string
    userId: string
    now: Date
    absoluteHours: number
    request: RequestOrigin
  },
): Promise<NewSession> {
  const session = createToken()
  const csrf = createToken()
  const expiresAt = new Date(input.now.getTime() + input.absoluteHours * 3_600_000)
  const context = {
    clinicId: input.clinicId,
    userId: input.userId,
    request: input.request,
    now: input.now,
  }
  await withClinic(db, context, async (tx) => {
    await tx
      .insertInto('sessions')
      .values({
        clinic_id: input.clinicId,
        user_id: input.userId,
        token_hash: session.hash,
        csrf_token_hash: csrf.hash,
        created_at: input.now,
        last_seen_at: input.now,
        expires_at: expiresAt,
        ip: input.request.ip ?? null,
        user_agent: input.request.userAgent?.slice(0, 500) ?? null,
      })
      .execute()
    await recordEvent(tx, 'auth.login_succeeded')
  })
  return { sessionToken: session.token, csrfToken: csrf.token, expiresAt }
}
