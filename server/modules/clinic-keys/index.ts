/**
 * Each clinic's data key, wrapped by the server's master key: the cipher that seals a clinic's
 * personal data, a per-process cache of unwrapped ciphers, and master-key rotation (scripts).
 */
export { CipherCache } from './cipher-cache.ts'
export { type ClinicCipher, cipherFromDataKey, clinicCipher } from './clinic-cipher.ts'
export { createKeyring, type Keyring, keyringFromConfig } from './keyring.ts'
export { type RotationReport, rewrapClinicKeys } from './rotate-master-key.ts'
