import { randomBytes } from 'node:crypto'
import { DecryptionError } from './errors.ts'
import { NONCE_LENGTH, openGcm, sealGcm, TAG_LENGTH } from './gcm.ts'

/**
 * The byte format shared by wrapped data keys and encrypted fields:
 *   version (1 byte, = 1) || nonce (12 bytes) || ciphertext (= plaintext length) || tag (16 bytes)
 * The version byte lets a later format coexist with stored values; anything else is refused.
 */
const VERSION = 1
const HEADER_LENGTH = 1 + NONCE_LENGTH
/** The overhead every sealed value carries: 29 bytes. */
export const SEALED_OVERHEAD = HEADER_LENGTH + TAG_LENGTH

/**
 * Seals with a fresh random 96-bit nonce. A random nonce needs no counter state shared across
 * processes, and stays unique with overwhelming probability as long as one key seals at most 2^32
 * values. See: NIST SP 800-38D §8.2.2 (RBG-based construction), §8.3 (the 2^32 limit)
 */
export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const nonce = randomBytes(NONCE_LENGTH)
  const { ciphertext, tag } = sealGcm(key, nonce, plaintext, aad)
  return Buffer.concat([Buffer.of(VERSION), nonce, ciphertext, tag])
}

export function open(key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  if (!Buffer.isBuffer(sealed) || sealed.length < SEALED_OVERHEAD || sealed[0] !== VERSION) {
    throw new DecryptionError()
  }
  const nonce = sealed.subarray(1, HEADER_LENGTH)
  const ciphertext = sealed.subarray(HEADER_LENGTH, sealed.length - TAG_LENGTH)
  const tag = sealed.subarray(sealed.length - TAG_LENGTH)
  return openGcm(key, nonce, ciphertext, tag, aad)
}
