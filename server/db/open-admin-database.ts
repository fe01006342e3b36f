import path from 'node:path'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.ts'
import { guardPool } from './connection-errors.ts'
import { openPglite } from './open-pglite.ts'
import { PgliteDialect } from './pglite-dialect.ts'
import type { Database } from './schema.ts'
import { pgTypes } from './type-parsers.ts'

/**
 * The administrative connection for command-line tools (audit:verify, keys):
 * DATABASE_URL's user, or embedded PGlite's superuser session. Reach the owner
 * role through withOwner(); never serve requests with it.
 */
export async function openAdminDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<Kysely<Database>> {
  if (config.databaseUrl) {
    const pool = guardPool(
      new pg.Pool({ connectionString: config.databaseUrl, max: 1, types: pgTypes }),
      undefined,
    )
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  }
  const pglite = await openPglite({ dataDir: path.join(config.dataDir, 'pglite') })
  return new Kysely<Database>({ dialect: new PgliteDialect(pglite) })
}
