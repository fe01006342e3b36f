import { hkdfSync } from 'node:crypto'
import { DecryptionError } from './errors.ts'
import { KEY_LENGTH, NONCE_LENGTH, TAG_LENGTH } from './gcm.ts'

/**
 * Encrypted file format, version 1 (after the STREAM construction of Hoang, Reyhanitabar, Rogaway
 * and Vizár, "Online Authenticated-Encryption and its Nonce-Reuse Misuse-Resistance", CRYPTO 2015,
 * as used by Google Tink's streaming AEAD):
 *
 *   header = 'NRM1' (4) || version = 1 (1) || random nonce prefix (7)        12 bytes
 *   chunk i = AES-256-GCM(fileKey, nonce_i, plaintext_i, aad = context)      64 KiB + 16-byte tag
 *   nonce_i = prefix (7) || i as 4-byte big-endian (4) || last-chunk flag (1): 0x01 last, else 0x00
 *   fileKey = HKDF-SHA256(ikm = clinic data key, salt = prefix,
 *                         info = 'niramaya stream v1' || 0x00 || context)
 *
 * Every chunk but the last holds exactly 64 KiB of plaintext; the last holds 0..64 KiB, and an
 * empty file is one empty last chunk (header + 16-byte tag). A reader verifies each chunk before
 * releasing its plaintext, so a download can stream without ever handing out unverified bytes,
 * which one GCM over the whole file could not do. The counter in the nonce catches reordered,
 * dropped or repeated chunks; the flag catches a file cut at a chunk boundary, or extended.
 *
 * Why a derived per-file key rather than the data key itself: a 7-byte random prefix is too short
 * to keep nonces unique across the many documents of a clinic (two of 100,000 files would share a
 * prefix with probability ~2^-24, and a repeated GCM nonce leaks plaintext and the MAC key). With
 * the prefix as HKDF salt and the context (which names the document) as info, each file gets its
 * own key, within which the counter makes every nonce unique; the clinic key's GCM budget is left
 * to fields. See: NIST SP 800-38D §8.2.1, §8.3; RFC 5869
 */

export const MAGIC = Buffer.from('NRM1', 'ascii')
export const VERSION = 1
export const PREFIX_LENGTH = 7
export const HEADER_LENGTH = MAGIC.length + 1 + PREFIX_LENGTH
export const CHUNK_SIZE = 64 * 1024
export const SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_LENGTH
/** The counter is 4 bytes; past 2^32 chunks (256 TiB) nonces would repeat. */
export const MAX_CHUNKS = 2 ** 32

const INFO_LABEL = Buffer.from('niramaya stream v1\u0000', 'utf8')
// Node's HKDF accepts at most 1024 bytes of info; real contexts are under 100.
const MAX_CONTEXT_BYTES = 512

/** Size in bytes of the encrypted form of a file of `plainSize` bytes. */
export function encryptedSize(plainSize: number): number {
  if (!Number.isSafeInteger(plainSize) || plainSize < 0) {
    throw new RangeError('plainSize: must be a non-negative integer')
  }
  const chunks = Math.max(1, Math.ceil(plainSize / CHUNK_SIZE))
  return HEADER_LENGTH + plainSize + chunks * TAG_LENGTH
}

export function createHeader(prefix: Buffer): Buffer {
  return Buffer.concat([MAGIC, Buffer.of(VERSION), prefix])
}

/** The nonce prefix of a well-formed header; DecryptionError for anything else. */
export function parseHeader(header: Buffer): Buffer {
  const isValid =
    header.length === HEADER_LENGTH &&
    header.subarray(0, MAGIC.length).equals(MAGIC) &&
    header[MAGIC.length] === VERSION
  if (!isValid) throw new DecryptionError()
  return Buffer.from(header.subarray(MAGIC.length + 1))
}

export function chunkNonce(prefix: Buffer, counter: number, isLast: boolean): Buffer {
  const nonce = Buffer.alloc(NONCE_LENGTH)
  prefix.copy(nonce, 0)
  nonce.writeUInt32BE(counter, PREFIX_LENGTH)
  nonce[NONCE_LENGTH - 1] = isLast ? 1 : 0
  return nonce
}

export function deriveFileKey(dataKey: Buffer, prefix: Buffer, context: Buffer): Buffer {
  const info = Buffer.concat([INFO_LABEL, context])
  return Buffer.from(hkdfSync('sha256', dataKey, prefix, info, KEY_LENGTH))
}

/** The context as bytes, refusing values that would bind to nothing or overflow HKDF's info. */
export function contextBytes(context: string): Buffer {
  const bytes = Buffer.from(typeof context === 'string' ? context : '', 'utf8')
  if (bytes.length === 0 || bytes.length > MAX_CONTEXT_BYTES) {
    throw new RangeError(`context: must be 1 to ${MAX_CONTEXT_BYTES} bytes`)
  }
  return bytes
}
