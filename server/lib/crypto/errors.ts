/**
 * Thrown whenever a sealed value, wrapped key or encrypted stream fails to open: wrong key, wrong
 * context, tampered, truncated, reordered or malformed. The message is always the same and no
 * cause is attached, so an attacker probing with altered ciphertexts learns nothing about which
 * check failed, and nothing about the value ends up in a log.
 */
export class DecryptionError extends Error {
  override name = 'DecryptionError'

  constructor() {
    super('Decryption failed')
  }
}
