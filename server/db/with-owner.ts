import { type Kysely, sql } from 'kysely'
import type { Database } from './schema.ts'
import type { Tx } from './with-clinic.ts'

/**
 * Note: unsafe on purpose. Runs `work` as niramaya_owner, which bypasses
 * row-level security and sees every clinic. Only for administrative commands
 * and tests, over an administrative connection (DATABASE_URL's user, or
 * embedded PGlite's superuser session); the server's own connection cannot
 * switch to this role. `reason` is required so every call says why it needs it.
 */
export async function withOwner<T>(
  adminDb: Kysely<Database>,
  reason: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (reason.trim().length < 8) throw new TypeError('withOwner: say why RLS must be bypassed')
  return adminDb.transaction().execute(async (tx) => {
    await sql`SET LOCAL ROLE niramaya_owner`.execute(tx)
    return work(tx)
  })
}
