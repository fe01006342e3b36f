import { assertKey } from './gcm.ts'
import { open, seal } from './sealed-box.ts'

/**
 * Encrypts one personal-data field (phone, email, ABHA number, Aadhaar last 4) under the clinic's
 * data key with AES-256-GCM. Output: version (1) || nonce (12) || ciphertext || tag (16), i.e.
 * 29 bytes plus the UTF-8 length of the value.
 *
 * Each call draws a fresh random 96-bit nonce, so equal values encrypt differently and the
 * ciphertext reveals only the length. NIST caps random-nonce use at 2^32 encryptions per key; a
 * clinic with 100,000 patients re-encrypting four fields daily would take over 29 years to reach
 * it, and the count resets whenever the data key is rotated.
 * See: NIST SP 800-38D §8.2.2, §8.3
 *
 * The context is authenticated but not stored: callers pass `${clinicId}:<table>.<column>`
 * (e.g. `${clinicId}:patients.phone`), so a value copied into another column, row type or clinic
 * fails to decrypt instead of being shown in the wrong place.
 */
export function encryptField(dataKey: Buffer, plaintext: string, context: string): Buffer {
  assertKey(dataKey, 'data key')
  if (typeof plaintext !== 'string') throw new TypeError('plaintext: must be a string')
  // Buffer.from would silently replace a lone surrogate with U+FFFD, changing the stored value.
  if (LONE_SURROGATE.test(plaintext)) {
    throw new RangeError('plaintext: must be well-formed Unicode')
  }
  return seal(dataKey, Buffer.from(plaintext, 'utf8'), contextAad(context))
}

/** Decrypts a field; throws DecryptionError for a wrong key or context, or altered bytes. */
export function decryptField(dataKey: Buffer, sealed: Buffer, context: string): string {
  assertKey(dataKey, 'data key')
  return open(dataKey, sealed, contextAad(context)).toString('utf8')
}

// With the u flag a well-formed surrogate pair is one code point, so only lone halves match.
const LONE_SURROGATE = /\p{Surrogate}/u

function contextAad(context: string): Buffer {
  // An empty context would bind the value to nothing, allowing swaps between columns and clinics.
  if (typeof context !== 'string' || context === '') {
    throw new RangeError('context: must not be empty')
  }
  return Buffer.from(context, 'utf8')
}
