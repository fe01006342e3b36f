import type { Kysely } from 'kysely'
import { ConfigError, loadConfig } from '../server/config.ts'
import { openAdminDatabase } from '../server/db/open-admin-database.ts'
import type { Database } from '../server/db/schema.ts'
import { generateMasterKeyBase64 } from '../server/lib/crypto/index.ts'
import { createLogger } from '../server/lib/logger.ts'
import { keyringFromConfig, rewrapClinicKeys } from '../server/modules/clinic-keys/index.ts'

/**
 * Master key administration.
 *   npm run keys -- new-master      print a fresh master key (base64) to put in MASTER_KEY
 *   npm run keys -- rotate-master   re-wrap every clinic key under MASTER_KEY; the old key
 *                                   must be in MASTER_KEYS_PREVIOUS while this runs
 * The rotation steps are in README.md ("Encryption keys").
 */
const command = process.argv[2]
if (command === 'new-master') {
  console.log(generateMasterKeyBase64())
} else if (command === 'rotate-master') {
  let db: Kysely<Database> | undefined
  try {
    const config = loadConfig()
    const keyring = keyringFromConfig(config, createLogger('warn'))
    db = await openAdminDatabase(config)
    const report = await rewrapClinicKeys(db, keyring)
    console.log(
      `Re-wrapped ${report.rewrapped} clinic key(s) under master key ${keyring.current.id}; ${report.alreadyCurrent} already current.`,
    )
  } catch (error) {
    console.error(
      error instanceof ConfigError ? error.message : `keys: ${(error as Error).message}`,
    )
    process.exitCode = 1
  } finally {
    await db?.destroy()
  }
} else {
  console.error('usage: npm run keys -- new-master | rotate-master')
  process.exitCode = 2
}
