import { type Kysely, sql } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { withOwner } from '../../db/with-owner.ts'
import { unwrapDataKey, wrapDataKey } from '../../lib/crypto/index.ts'
import type { Keyring } from './keyring.ts'

export interface RotationReport {
  rewrapped: number
  alreadyCurrent: number
}

/**
 * Re-wraps every clinic's data key under the keyring's current master key.
 * The data keys themselves do not change, so no field is re-encrypted and the
 * blind indexes stay valid. Each row is its own small update inside one
 * transaction: either every clinic moves to the new master or none does.
 * Note: runs as the owner role (it must see every clinic's key row).
 */
export async function rewrapClinicKeys(
  adminDb: Kysely<Database>,
  keyring: Keyring,
  options: { clinicId?: string } = {},
): Promise<RotationReport> {
  return withOwner(adminDb, 'master key rotation re-wraps every clinic key', async (tx) => {
    const { rows } = await sql<{
      clinic_id: string
      id: string
      master_key_id: string
      wrapped_key: Buffer
    }>`
      SELECT clinic_id, id, master_key_id, wrapped_key FROM clinic_keys
      WHERE ${options.clinicId ?? null}::uuid IS NULL OR clinic_id = ${options.clinicId ?? null}::uuid
      FOR UPDATE`.execute(tx)
    const report: RotationReport = { rewrapped: 0, alreadyCurrent: 0 }
    for (const row of rows) {
      if (row.master_key_id === keyring.current.id) {
        report.alreadyCurrent += 1
        continue
      }
      const master = keyring.find(row.master_key_id)
      if (!master) {
        throw new Error(
          `clinic key ${row.id} is wrapped by master key ${row.master_key_id}; add it to MASTER_KEYS_PREVIOUS`,
        )
      }
      const dataKey = unwrapDataKey(master, Buffer.from(row.wrapped_key), row.clinic_id)
      const wrapped = wrapDataKey(keyring.current, dataKey, row.clinic_id)
      await sql`UPDATE clinic_keys SET master_key_id = ${keyring.current.id}, wrapped_key = ${wrapped}
                WHERE clinic_id = ${row.clinic_id} AND id = ${row.id}`.execute(tx)
      report.rewrapped += 1
    }
    return report
  })
}
