import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { ConfigError, loadConfig } from '../server/config.ts'
import { openPostgresAdmin, pgliteAdmin } from '../server/db/admin-connection.ts'
import { migrate } from '../server/db/migrate.ts'
import { openPglite } from '../server/db/open-pglite.ts'

/** `npm run migrate`: apply pending migrations to DATABASE_URL, or to ./data when unset. */
try {
  const config = loadConfig()
  let admin: Awaited<ReturnType<typeof openPostgresAdmin>>
  let pglite: PGlite | undefined
  if (config.databaseUrl) {
    admin = await openPostgresAdmin(config.databaseUrl)
  } else {
    pglite = await openPglite({ dataDir: path.join(config.dataDir, 'pglite') })
    admin = pgliteAdmin(pglite)
  }
  try {
    const report = await migrate(admin)
    console.log(
      `Applied ${report.applied.length} migration(s); ${report.alreadyApplied} already applied.`,
    )
    for (const name of report.applied) console.log(`  ${name}`)
  } finally {
    await admin.close()
    await pglite?.close()
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message)
  process.exit(1)
}
