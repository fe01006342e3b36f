import { createHmac, hkdfSync } from 'node:crypto'
import { assertKey, KEY_LENGTH } from './gcm.ts'

/**
 * A blind index lets staff find a patient by exact phone number while the column stays encrypted:
 * the table stores HMAC-SHA256(indexKey, value) beside the ciphertext, and a search computes the
 * same HMAC and looks it up. See: RFC 2104
 *
 * Limits the caller must respect:
 * - Only exact matches, and only of the normalised form: normalise before indexing and before
 *   searching (phones in E.164, `+919876543210`; trimmed, lower-cased emails), or equal values
 *   index differently.
 * - A 10-digit mobile number has about 10^10 possible values. Anyone holding the index key can
 *   compute all their HMACs within hours on one machine and so reverse every index. The key is therefore per clinic, derived from
 *   the clinic's data key (which is wrapped by the master key and shredded with it), and never
 *   stored. Without it, the index alone reveals only which rows share a value.
 */

const INFO = Buffer.from('niramaya blind index v1', 'utf8')

/**
 * Derives the clinic's index key from its data key with HKDF-SHA256. A separate key means the
 * index key never encrypts anything and the data key never computes an HMAC. No salt: the input is
 * already a uniformly random key, for which RFC 5869 §3.1 makes the salt optional.
 * See: RFC 5869
 */
export function deriveBlindIndexKey(dataKey: Buffer): Buffer {
  assertKey(dataKey, 'data key')
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), INFO, KEY_LENGTH))
}

/**
 * The index of one normalised value, as 64 hex characters. The purpose (`patients.phone`) is part
 * of the MAC input, so the same value in two columns indexes differently and one column's index
 * cannot be used to probe another's. A NUL separates the two, and purposes may not contain one, so
 * no purpose/value pair can imitate another.
 */
export function blindIndex(indexKey: Buffer, purpose: string, normalizedValue: string): string {
  assertKey(indexKey, 'index key')
  if (typeof purpose !== 'string' || purpose === '' || purpose.includes('\u0000')) {
    throw new RangeError('purpose: must be a non-empty string without NUL characters')
  }
  if (typeof normalizedValue !== 'string') throw new TypeError('normalizedValue: must be a string')
  return createHmac('sha256', indexKey)
    .update(`${purpose}\u0000${normalizedValue}`, 'utf8')
    .digest('hex')
}
