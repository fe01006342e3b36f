/**
 * Envelope encryption for personal data: a master key from configuration wraps one data key per
 * clinic; data keys seal fields and document streams; blind indexes allow exact-match search.
 * See: docs/decisions/0009-envelope-encryption.md
 */

/** Deterministic HMAC-SHA256 index of a normalised value, and the per-clinic key it uses. */
export { blindIndex, deriveBlindIndexKey } from './blind-index.ts'
/** Per-clinic data keys: generate, wrap under the master key bound to the clinic id, unwrap. */
export { generateDataKey, unwrapDataKey, wrapDataKey } from './data-key.ts'
/** The single error for every failed decryption or unwrap; carries no detail by design. */
export { DecryptionError } from './errors.ts'
/** AES-256-GCM sealing of one field value under a data key, bound to a `clinic:column` context. */
export { decryptField, encryptField } from './field-cipher.ts'
/** A job's secret payload sealed under a key derived from the master key, bound to its queue. */
export { openJobPayload, type SealedJobPayload, sealJobPayload } from './job-payload.ts'
/** The master key: parse `MASTER_KEY`, generate one, or load/create the development key file. */
export {
  generateMasterKeyBase64,
  loadOrCreateDevMasterKey,
  type MasterKey,
  parseMasterKey,
} from './master-key.ts'
/** Chunked authenticated encryption of documents as node:stream Transforms, and its size. */
export { createDecryptStream, createEncryptStream, encryptedSize } from './stream-cipher.ts'
