import type { Kysely } from 'kysely'
import type { Database } from '../server/db/schema.ts'
import { type Tx, withClinic } from '../server/db/with-clinic.ts'

class RolledBack extends Error {
  constructor(readonly outcome: unknown) {
    super('rolled back')
  }
}

/**
 * Runs `work` in the database as a staff member (their clinic and user id set
 * by withClinic, so their role's policies apply), with no route in between, then
 * rolls back. Answers what `work` returned, or 'refused' when the database said
 * no (42501: a privilege or a row-level security policy).
 */
export async function inDatabaseAs(
  db: Kysely<Database>,
  who: { clinicId: string; userId: string },
  work: (tx: Tx) => Promise<unknown>,
): Promise<unknown> {
  try {
    await withClinic(db, who, async (tx) => {
      throw new RolledBack(await work(tx))
    })
  } catch (error) {
    if (error instanceof RolledBack) return error.outcome
    if ((error as { code?: string }).code === '42501') return 'refused'
    throw error
  }
}
