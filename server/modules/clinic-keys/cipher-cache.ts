import type { Tx } from '../../db/with-clinic.ts'
import { type ClinicCipher, clinicCipher } from './clinic-cipher.ts'
import type { Keyring } from './keyring.ts'

/**
 * Unwrapped clinic ciphers kept in the process, so a request does not read and unwrap
 * the clinic's data key every time (ADR 0014). Entries are keyed by the id of the
 * clinic_keys row, which app_open_request returns with every request: a clinic whose key
 * row changes (a new data key) is reloaded on its next request, on every server. Master-key
 * rotation re-wraps the same data key, so cached ciphers stay right through it.
 *
 * Bounded: the least recently used clinic is dropped past `capacity`.
 */
export class CipherCache {
  readonly #entries = new Map<string, { keyId: string; keyring: Keyring; cipher: ClinicCipher }>()

  constructor(readonly capacity = 1000) {}

  async get(
    tx: Tx,
    keyring: Keyring,
    clinicId: string,
    keyId: string | null,
  ): Promise<ClinicCipher> {
    const cached = this.#entries.get(clinicId)
    // Only the keyring that unwrapped a key may reuse it: a process holding two (tests, or two
    // apps in one process) must not serve one's cipher to a server without that master key.
    if (cached && keyId !== null && cached.keyId === keyId && cached.keyring === keyring) {
      // Refresh its place: Map iteration order is insertion order.
      this.#entries.delete(clinicId)
      this.#entries.set(clinicId, cached)
      return cached.cipher
    }
    const cipher = await clinicCipher(tx, keyring, clinicId)
    // A key made just now (keyId null) is cached on the next request, when its id is known.
    if (keyId !== null) {
      this.#entries.delete(clinicId)
      this.#entries.set(clinicId, { keyId, keyring, cipher })
      if (this.#entries.size > this.capacity) {
        const oldest = this.#entries.keys().next().value
        if (oldest !== undefined) this.#entries.delete(oldest)
      }
    }
    return cipher
  }

  /** Forget every clinic (after a key change made by this process, and in tests). */
  clear(): void {
    this.#entries.clear()
  }

  get size(): number {
    return this.#entries.size
  }
}
