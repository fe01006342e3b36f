import { randomBytes } from 'node:crypto'
import { DecryptionError } from './errors.ts'
import { assertKey, KEY_LENGTH } from './gcm.ts'
import type { MasterKey } from './master-key.ts'
import { open, seal } from './sealed-box.ts'

/**
 * Per-clinic data keys, wrapped (encrypted) by the master key for storage. Only wrapped keys are
 * ever stored; deleting a clinic's wrapped key makes every value sealed under it unreadable, in the
 * live database and in every backup alike (crypto-shredding).
 */

/** A new random 256-bit data key for one clinic. */
export function generateDataKey(): Buffer {
  return randomBytes(KEY_LENGTH)
}

/**
 * Wraps a data key under the master key with AES-256-GCM. The clinic id is the additional
 * authenticated data, so a wrapped key copied onto another clinic's row fails to unwrap instead of
 * silently decrypting that clinic's data with the wrong key. Output: version || nonce || ct || tag.
 */
export function wrapDataKey(master: MasterKey, dataKey: Buffer, clinicId: string): Buffer {
  assertKey(master.key, 'master key')
  assertKey(dataKey, 'data key')
  return seal(master.key, dataKey, clinicAad(clinicId))
}

/** Unwraps a data key; throws DecryptionError for a wrong master, wrong clinic or altered bytes. */
export function unwrapDataKey(master: MasterKey, wrapped: Buffer, clinicId: string): Buffer {
  assertKey(master.key, 'master key')
  const dataKey = open(master.key, wrapped, clinicAad(clinicId))
  if (dataKey.length !== KEY_LENGTH) throw new DecryptionError()
  return dataKey
}

function clinicAad(clinicId: string): Buffer {
  // An empty id would bind the key to nothing.
  if (typeof clinicId !== 'string' || clinicId === '') {
    throw new RangeError('clinicId: must not be empty')
  }
  return Buffer.from(clinicId, 'utf8')
}
