import { sql } from 'kysely'
import { seedPatients } from '../db/seed/synthetic-patients.ts'
import { ConfigError, loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { createLogger } from '../server/lib/logger.ts'
import { createPasswordHasher } from '../server/modules/auth/index.ts'
import { keyringFromConfig } from '../server/modules/clinic-keys/index.ts'

/**
 * `npm run seed:patients [-- --count 50000]`: a demo clinic full of synthetic
 * patients in the configured database (DATA_DIR or DATABASE_URL), to try the
 * app at realistic size. Prints the owner's sign-in. Stop the server first when
 * using embedded PGlite (one process at a time).
 */
const countFlag = process.argv.indexOf('--count')
const count = countFlag >= 0 ? Number(process.argv[countFlag + 1]) : 50_000
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
  console.error('usage: npm run seed:patients -- --count <1..1000000>')
  process.exit(2)
}

try {
  const config = loadConfig()
  const logger = createLogger('warn')
  const database = await openDatabase(config)
  try {
    const email = `demo-${Date.now()}@example.test`
    const password = 'demo clinic passphrase'
    const hash = await createPasswordHasher(config.argon2).hash(password)
    const { rows } = await sql<{ clinic_id: string; user_id: string }>`
      SELECT * FROM auth_sign_up('Demo Dental (synthetic data)', '29', 'Demo Owner', ${email}, ${hash})`.execute(
      database.db,
    )
    const clinic = { clinicId: rows[0]?.clinic_id ?? '', userId: rows[0]?.user_id ?? '' }
    const started = performance.now()
    await seedPatients(database.db, keyringFromConfig(config, logger), clinic, {
      count,
      onProgress: (done) =>
        process.stdout.write(
          `\rSeeded ${done.toLocaleString('en-IN')} of ${count.toLocaleString('en-IN')} patients`,
        ),
    })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`\nDone in ${seconds} s. Sign in as ${email} with the password "${password}".`)
  } finally {
    await database.close()
  }
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `seed failed: ${(error as Error).message}`,
  )
  process.exitCode = 1
}
