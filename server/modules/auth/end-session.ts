import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { type RequestOrigin, withClinic } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { recordEvent } from '../audit/index.ts'

/** Ends one session (sign-out, or replaced by a new sign-in in the same browser). */
export async function endSession(
  db: Kysely<Database>,
  session: Session,
  context: { request: RequestOrigin; now: Date; reason?: string },
): Promise<void> {
  const { request, now, reason } = context
  const tenant = { clinicId: session.clinicId, userId: session.userId, request, now }
  await withClinic(db, tenant, async (tx) => {
    await tx
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('id', '=', session.sessionId)
      .where('revoked_at', 'is', null)
      .execute()
    await recordEvent(tx, 'auth.logout', reason ? { reason } : undefined)
  })
}
