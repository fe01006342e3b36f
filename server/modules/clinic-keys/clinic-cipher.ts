import type { Transform } from 'node:stream'
import type { Tx } from '../../db/with-clinic.ts'
import {
  blindIndex,
  createDecryptStream,
  createEncryptStream,
  decryptField,
  deriveBlindIndexKey,
  encryptField,
  generateDataKey,
  unwrapDataKey,
  wrapDataKey,
} from '../../lib/crypto/index.ts'
import type { Keyring } from './keyring.ts'

/** Encrypts, decrypts and blind-indexes one clinic's fields with that clinic's data key. */
export interface ClinicCipher {
  encrypt(field: string, value: string): Buffer
  decrypt(field: string, sealed: Buffer): string
  /** Keyed HMAC of an already normalised value, for exact-match search. */
  index(field: string, normalized: string): string
  /**
   * A stream that encrypts a file (STREAM construction, ADR 0009). `context` names the object
   * by stable ids only, e.g. `documents:<id>`; the clinic id is added, as for fields.
   */
  encryptStream(context: string): Transform
  /** The reverse of encryptStream; fails with DecryptionError on any tampering. */
  decryptStream(context: string): Transform
}

/**
 * The current clinic's cipher: its data key is unwrapped with the master key
 * named on the row, or created (and wrapped with the current master) on first use.
 * The AAD of every value names the clinic and the field, so a ciphertext moved to
 * another column or clinic fails to decrypt.
 */
export async function clinicCipher(
  tx: Tx,
  keyring: Keyring,
  clinicId: string,
): Promise<ClinicCipher> {
  return cipherFromDataKey(await loadOrCreateDataKey(tx, keyring, clinicId), clinicId)
}

/** The cipher for a clinic whose data key is already unwrapped (see cipher-cache.ts). */
export function cipherFromDataKey(dataKey: Buffer, clinicId: string): ClinicCipher {
  const indexKey = deriveBlindIndexKey(dataKey)
  const context = (field: string) => `${clinicId}:${field}`
  return {
    encrypt: (field, value) => encryptField(dataKey, value, context(field)),
    decrypt: (field, sealed) => decryptField(dataKey, sealed, context(field)),
    index: (field, normalized) => blindIndex(indexKey, field, normalized),
    encryptStream: (object) => createEncryptStream(dataKey, context(object)),
    decryptStream: (object) => createDecryptStream(dataKey, context(object)),
  }
}

async function loadOrCreateDataKey(tx: Tx, keyring: Keyring, clinicId: string): Promise<Buffer> {
  const existing = await tx
    .selectFrom('clinic_keys')
    .select(['master_key_id', 'wrapped_key'])
    .executeTakeFirst()
  if (existing) {
    const master = keyring.find(existing.master_key_id)
    if (!master) {
      throw new Error(
        `clinic key is wrapped by master key ${existing.master_key_id}, which this server does not hold`,
      )
    }
    return unwrapDataKey(master, Buffer.from(existing.wrapped_key), clinicId)
  }
  const dataKey = generateDataKey()
  // A concurrent first use inserts too; the unique index lets one win and the other re-read.
  const inserted = await tx
    .insertInto('clinic_keys')
    .values({
      clinic_id: clinicId,
      master_key_id: keyring.current.id,
      wrapped_key: wrapDataKey(keyring.current, dataKey, clinicId),
    })
    .onConflict((conflict) => conflict.column('clinic_id').doNothing())
    .returning('id')
    .executeTakeFirst()
  return inserted ? dataKey : loadOrCreateDataKey(tx, keyring, clinicId)
}
