import { randomBytes } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { ByteQueue } from './byte-queue.ts'
import { DecryptionError } from './errors.ts'
import { assertKey, openGcm, sealGcm, TAG_LENGTH } from './gcm.ts'
import {
  CHUNK_SIZE,
  chunkNonce,
  contextBytes,
  createHeader,
  deriveFileKey,
  HEADER_LENGTH,
  MAX_CHUNKS,
  PREFIX_LENGTH,
  parseHeader,
  SEALED_CHUNK_SIZE,
} from './stream-format.ts'

/**
 * Streams for documents: encrypt before storage, decrypt on download. The format is described in
 * stream-format.ts. Both sides hold back one chunk's worth of bytes until more arrive or the input
 * ends, because only then is it known whether a chunk is the last one.
 */

/** Encrypts a byte stream under a clinic data key; `context` names the document. */
export function createEncryptStream(key: Buffer, context: string): Transform {
  assertKey(key, 'data key')
  const aad = contextBytes(context)
  const prefix = randomBytes(PREFIX_LENGTH)
  const fileKey = deriveFileKey(key, prefix, aad)
  const pending = new ByteQueue()
  let counter = 0

  const sealChunk = (plaintext: Buffer, isLast: boolean): Buffer => {
    if (counter >= MAX_CHUNKS) throw new RangeError('stream: too many chunks')
    const nonce = chunkNonce(prefix, counter, isLast)
    counter += 1
    const { ciphertext, tag } = sealGcm(fileKey, nonce, plaintext, aad)
    return Buffer.concat([ciphertext, tag])
  }

  return new Transform({
    construct(callback) {
      this.push(createHeader(prefix))
      callback()
    },
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending.push(chunk)
      try {
        // Strictly more than a chunk: at exactly 64 KiB this may still be the last one.
        while (pending.length > CHUNK_SIZE) this.push(sealChunk(pending.take(CHUNK_SIZE), false))
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
    flush(callback: TransformCallback) {
      try {
        // Always one final chunk, even for an empty file, so a reader can tell "ended" from "cut".
        this.push(sealChunk(pending.take(pending.length), true))
        callback()
      } catch (error) {
        callback(error as Error)
      }
    },
  })
}

/**
 * Decrypts a stream from createEncryptStream. Each chunk's plaintext is pushed only after its tag
 * has been verified. Fails with DecryptionError on a wrong key or context, a malformed header, and
 * any altered, reordered, dropped, repeated, appended or missing chunk — including a cut at a chunk
 * boundary, detected when the input ends without a chunk marked last. Bytes pushed before the
 * error are genuine but incomplete: a consumer must treat the download as failed.
 */
export function createDecryptStream(key: Buffer, context: string): Transform {
  assertKey(key, 'data key')
  const aad = contextBytes(context)
  const pending = new ByteQueue()
  let prefix: Buffer | undefined
  let fileKey: Buffer | undefined
  let counter = 0

  const openChunk = (sealed: Buffer, isLast: boolean): Buffer => {
    if (!prefix || !fileKey || counter >= MAX_CHUNKS) throw new DecryptionError()
    const nonce = chunkNonce(prefix, counter, isLast)
    counter += 1
    const ciphertext = sealed.subarray(0, sealed.length - TAG_LENGTH)
    const tag = sealed.subarray(sealed.length - TAG_LENGTH)
    return openGcm(fileKey, nonce, ciphertext, tag, aad)
  }

  const readHeader = (): void => {
    if (prefix || pending.length < HEADER_LENGTH) return
    prefix = parseHeader(pending.take(HEADER_LENGTH))
    fileKey = deriveFileKey(key, prefix, aad)
  }

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pending.push(chunk)
      try {
        readHeader()
        while (prefix && pending.length > SEALED_CHUNK_SIZE) {
          this.push(openChunk(pending.take(SEALED_CHUNK_SIZE), false))
        }
        callback()
      } catch {
        callback(new DecryptionError())
      }
    },
    flush(callback: TransformCallback) {
      try {
        readHeader()
        // Shorter than a tag: the header alone, or a cut inside the final chunk.
        if (!prefix || pending.length < TAG_LENGTH) throw new DecryptionError()
        this.push(openChunk(pending.take(pending.length), true))
        callback()
      } catch {
        callback(new DecryptionError())
      }
    },
  })
}

export { encryptedSize } from './stream-format.ts'
