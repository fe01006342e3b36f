import { createCipheriv, createDecipheriv } from 'node:crypto'
import { DecryptionError } from './errors.ts'

/** AES-256: every key this module handles (master, data, document keys) is 32 bytes. */
export const KEY_LENGTH = 32
/** 96-bit nonces, the length GCM is designed for. See: NIST SP 800-38D §5.2.1.1, §8.2 */
export const NONCE_LENGTH = 12
/** Full 128-bit tags; shorter tags weaken forgery resistance. See: NIST SP 800-38D §5.2.1.2 */
export const TAG_LENGTH = 16

const ALGORITHM = 'aes-256-gcm'

/** Catches a key of the wrong size where it is passed, with the parameter's name, not its value. */
export function assertKey(key: Buffer, name: string): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_LENGTH) {
    throw new RangeError(`${name}: must be a ${KEY_LENGTH}-byte key`)
  }
}

/** One AES-256-GCM encryption; the caller owns nonce uniqueness. */
export function sealGcm(
  key: Buffer,
  nonce: Buffer,
  plaintext: Buffer,
  aad: Buffer,
): { ciphertext: Buffer; tag: Buffer } {
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_LENGTH })
  cipher.setAAD(aad)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return { ciphertext, tag: cipher.getAuthTag() }
}

/**
 * One AES-256-GCM decryption. Plaintext is returned only after the tag has been verified
 * (`final()`), never the unverified output of `update()`.
 */
export function openGcm(
  key: Buffer,
  nonce: Buffer,
  ciphertext: Buffer,
  tag: Buffer,
  aad: Buffer,
): Buffer {
  try {
    // authTagLength pins the tag size, so a truncated tag is refused rather than checked short.
    const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_LENGTH })
    decipher.setAAD(aad)
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(ciphertext), decipher.final()])
  } catch {
    throw new DecryptionError()
  }
}
