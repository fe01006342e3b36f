import path from 'node:path'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { ConfigError, loadConfig } from '../server/config.ts'
import { openPglite } from '../server/db/open-pglite.ts'
import { PgliteDialect } from '../server/db/pglite-dialect.ts'
import type { Database } from '../server/db/schema.ts'
import { pgTypes } from '../server/db/type-parsers.ts'
import { describeReport, verifyAllClinics } from '../server/modules/audit/verify-all.ts'

/**
 * `npm run audit:verify [-- --clinic <uuid>]`: recomputes every clinic's audit
 * hash chain and reports the first broken link. Exit 0 when all chains hold,
 * 1 when one is broken, 2 on a usage or connection problem.
 */
const args = process.argv.slice(2)
const clinicFlag = args.indexOf('--clinic')
const clinicId = clinicFlag >= 0 ? args[clinicFlag + 1] : undefined
if (clinicFlag >= 0 && !/^[0-9a-f-]{36}$/i.test(clinicId ?? '')) {
  console.error('usage: npm run audit:verify [-- --clinic <clinic uuid>]')
  process.exit(2)
}

let db: Kysely<Database> | undefined
try {
  const config = loadConfig()
  db = config.databaseUrl
    ? new Kysely<Database>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({ connectionString: config.databaseUrl, max: 1, types: pgTypes }),
        }),
      })
    : new Kysely<Database>({
        dialect: new PgliteDialect(
          await openPglite({ dataDir: path.join(config.dataDir, 'pglite') }),
        ),
      })
  const reports = await verifyAllClinics(db, clinicId)
  for (const report of reports) console.log(describeReport(report))
  const broken = reports.filter((report) => !report.isIntact).length
  console.log(`${reports.length} clinic(s) checked, ${broken} broken`)
  process.exitCode = broken > 0 ? 1 : 0
} catch (error) {
  console.error(
    error instanceof ConfigError
      ? error.message
      : `audit:verify failed: ${(error as Error).message}`,
  )
  process.exitCode = 2
} finally {
  await db?.destroy()
}
