import { sql } from 'kysely'
import { ConfigError, loadConfig } from '../server/config.ts'
import { openAdminDatabase } from '../server/db/open-admin-database.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { withOwner } from '../server/db/with-owner.ts'
import { createLogger } from '../server/lib/logger.ts'
import { clinicCipher, keyringFromConfig } from '../server/modules/clinic-keys/index.ts'
import { reindexSearchTokens } from '../server/modules/patients/index.ts'

/**
 * `npm run patients:reindex-search`: one-off backfill of the blind-index tokens behind search by
 * part of a mobile number and by guardian (migration 20261204110100). Safe to run again, and while
 * the server runs on PostgreSQL (stop it first on embedded PGlite). Prints counts only.
 */
try {
  const config = loadConfig()
  const logger = createLogger('warn')
  // Which clinics have patients without tokens, and an owner to act as: only the administrative
  // connection sees across clinics. The work itself runs in each clinic's own tenant context.
  const admin = await openAdminDatabase(config)
  const clinics = await withOwner(admin, 'find clinics whose patients need search tokens', (tx) =>
    sql<{ clinic_id: string; user_id: string }>`
      SELECT DISTINCT ON (p.clinic_id) p.clinic_id, m.user_id
      FROM patients p JOIN memberships m ON m.clinic_id = p.clinic_id AND m.role = 'owner'
      WHERE p.search_tokens IS NULL AND m.deactivated_at IS NULL
      ORDER BY p.clinic_id, m.created_at`.execute(tx),
  )
  await admin.destroy()
  const database = await openDatabase(config)
  const keyring = keyringFromConfig(config, logger)
  let total = 0
  try {
    for (const { clinic_id: clinicId, user_id: userId } of clinics.rows) {
      for (;;) {
        const done = await withClinic(database.db, { clinicId, userId }, async (tx) =>
          reindexSearchTokens(tx, await clinicCipher(tx, keyring, clinicId)),
        )
        total += done
        if (done === 0) break
      }
    }
  } finally {
    await database.close()
  }
  console.log(`Indexed ${total} patient(s) in ${clinics.rows.length} clinic(s)`)
} catch (error) {
  console.error(
    error instanceof ConfigError
      ? error.message
      : `patients:reindex-search failed: ${(error as Error).message}`,
  )
  process.exitCode = 2
}
