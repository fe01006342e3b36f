import { pipeline, type Readable, type Transform } from 'node:stream'
import { AppError } from '../../http/errors.ts'
import { DecryptionError } from '../../lib/crypto/index.ts'
import { type ObjectStorage, StorageNotFoundError } from '../../lib/storage/storage.ts'

export interface OpenedDownload {
  body: ReadableStream<Uint8Array>
}

/**
 * Opens a stored object and decrypts it as it streams. The first chunk (up to 64 KiB) is
 * decrypted and verified *before* this resolves, so a missing object, a wrong key or a tampered
 * header or first chunk becomes a clean error response instead of a 200. A chunk that fails
 * later, after the status line has gone, errors the body stream: the connection is cut short
 * of the promised Content-Length, `onLateFailure` logs it, and no unverified byte is ever sent
 * (each chunk is released only after its tag checks).
 */
export async function openDecrypted(
  storage: ObjectStorage,
  key: string,
  decrypt: Transform,
  onLateFailure: (error: unknown) => void,
): Promise<OpenedDownload> {
  let stored: Readable
  try {
    stored = await storage.get(key)
  } catch (error) {
    if (error instanceof StorageNotFoundError) {
      throw new AppError('internal', 'document.file_missing')
    }
    throw error
  }
  const plaintext = pipeline(stored, decrypt, () => {})
  const chunks = plaintext[Symbol.asyncIterator]()
  let first: IteratorResult<Buffer>
  try {
    first = await chunks.next()
  } catch (error) {
    plaintext.destroy()
    if (error instanceof DecryptionError) {
      throw new AppError('internal', 'document.file_corrupt')
    }
    throw error
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close()
      else controller.enqueue(new Uint8Array(first.value))
    },
    async pull(controller) {
      try {
        const next = await chunks.next()
        if (next.done) controller.close()
        else controller.enqueue(new Uint8Array(next.value))
      } catch (error) {
        onLateFailure(error)
        controller.error(error)
      }
    },
    cancel() {
      plaintext.destroy()
    },
  })
  return { body }
}

/**
 * `Content-Disposition: inline` with a name safe in a header: an ASCII fallback with anything
 * unusual replaced, and the full name in RFC 8187 form for browsers that read it.
 */
export function contentDisposition(fileName: string | null, fallback: string): string {
  const name = fileName ?? fallback
  const ascii = name.replace(/[^\x20-\x7e]|["\\;%/]/g, '_').slice(0, 150) || fallback
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
