import { type Kysely, sql } from 'kysely'
import type { Database } from '../server/db/schema.ts'
import { type Tx, withClinic } from '../server/db/with-clinic.ts'
import type { TestDatabase } from './test-database.ts'

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

/**
 * Runs `work` as the clinic's system principal (as withClinicAsSystem opens it: no user, only
 * `capabilities`) under a role with the table owner's privileges but no BYPASSRLS, then commits:
 * how a test sets up or changes rows only background work may write (a sent message), with the
 * audit trigger seeing the clinic and every policy applying.
 */
export function asClinicSystem<T>(
  database: Pick<TestDatabase, 'asRlsProbe'>,
  clinicId: string,
  capabilities: readonly string[],
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return database.asRlsProbe({ clinicId }, async (tx) => {
    await sql`SELECT set_config('app.role', 'system', true),
                     set_config('app.capabilities', ${`,${capabilities.join(',')},`}, true),
                     set_config('app.opened_for', ${`${clinicId}/`}, true)`.execute(tx)
    return work(tx)
  })
}
