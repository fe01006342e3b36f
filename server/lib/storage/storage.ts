import type { Readable } from 'node:stream'

/**
 * Where document files are kept. Callers hand over bytes that are already encrypted
 * (docs/decisions/0010-document-storage.md): a storage backend never sees plaintext and needs
 * no key. Keys are opaque paths made of ids only, such as `clinics/<clinic>/documents/<id>`.
 */
export interface ObjectStorage {
  readonly kind: 'local' | 's3'
  /** Stores the whole stream under `key`, replacing nothing half-written if the stream fails. */
  put(key: string, body: Readable): Promise<void>
  /** The stored bytes as a stream; StorageNotFoundError when there is no such object. */
  get(key: string): Promise<Readable>
  /** Removes the object; removing one that does not exist is not an error. */
  delete(key: string): Promise<void>
}

export class StorageNotFoundError extends Error {
  override name = 'StorageNotFoundError'

  constructor() {
    super('No stored object with that key')
  }
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/

/**
 * Refuses keys that could escape a storage root or mean different things to different backends:
 * only lower-case letters, digits, `.`, `_` and `-` in `/`-separated segments, no segment starting
 * with a dot (so no `..`), at most 512 characters.
 */
export function assertStorageKey(key: string): void {
  if (key.length > 512 || !KEY.test(key)) throw new TypeError('storage: invalid object key')
}
