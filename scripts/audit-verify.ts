import type { Kysely } from 'kysely'
import { ConfigError, loadConfig } from '../server/config.ts'
import { openAdminDatabase } from '../server/db/open-admin-database.ts'
import type { Database } from '../server/db/schema.ts'
import { describeReport, verifyAllClinics } from '../server/modules/audit/index.ts'

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
  db = await openAdminDatabase(config)
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
