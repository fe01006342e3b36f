import { Transform, type TransformCallback } from 'node:stream'
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_MAX_LABEL,
  type DocumentMediaType,
} from '../../../shared/contracts/documents.ts'
import { type AppError, fieldError } from '../../http/errors.ts'

// The largest document accepted (X-rays and scanned reports fit well within it) is shared with
// the web app, which refuses a larger file before sending it.
export { DOCUMENT_MAX_BYTES, DOCUMENT_MAX_LABEL }

/** Enough for file-type to recognise every format below (its own "reasonable" sample size). */
const SAMPLE_BYTES = 4100

/** What file-type detects → what we store. Anything else is refused, whatever its name says. */
const ACCEPTED = new Map<string, DocumentMediaType>([
  ['image/jpeg', 'image/jpeg'],
  ['image/png', 'image/png'],
  ['image/webp', 'image/webp'],
  ['application/pdf', 'application/pdf'],
  ['application/dicom', 'application/dicom'],
])

export const IMAGE_TYPES: ReadonlySet<DocumentMediaType> = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
])

const fileIssue = (
  code: 'validation_failed' | 'payload_too_large' | 'unsupported_media_type',
  reason: 'document.empty' | 'document.wrong_type',
): AppError => fieldError(code, 'file', reason)

/**
 * Passes a file through unchanged once its first bytes show it is an accepted type; until then
 * it holds them back, so nothing of a refused file reaches the next stream. Counts bytes and
 * stops at DOCUMENT_MAX_BYTES. For images it keeps the plaintext in memory (bounded by the
 * limit) for the thumbnail: plaintext never goes to disk.
 */
export class SniffStream extends Transform {
  mediaType: DocumentMediaType | undefined
  byteSize = 0
  private head: Buffer[] = []
  private headLength = 0
  private kept: Buffer[] | undefined

  constructor(private readonly maxBytes = DOCUMENT_MAX_BYTES) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.byteSize += chunk.length
    if (this.byteSize > this.maxBytes) {
      callback(
        fieldError('payload_too_large', 'file', 'document.too_large', {
          maximum: DOCUMENT_MAX_LABEL,
        }),
      )
      return
    }
    if (this.mediaType) {
      this.forward(chunk)
      callback()
      return
    }
    this.head.push(chunk)
    this.headLength += chunk.length
    if (this.headLength < SAMPLE_BYTES) {
      callback()
      return
    }
    this.detect().then(() => callback(), callback)
  }

  override _flush(callback: TransformCallback) {
    if (this.byteSize === 0) {
      callback(fileIssue('validation_failed', 'document.empty'))
      return
    }
    if (this.mediaType) {
      callback()
      return
    }
    this.detect().then(() => callback(), callback)
  }

  /** The whole plaintext of an accepted image, for its thumbnail; undefined for other types. */
  imageBytes(): Buffer | undefined {
    return this.kept ? Buffer.concat(this.kept) : undefined
  }

  private async detect() {
    const head = Buffer.concat(this.head)
    this.head = []
    // Loaded with the first upload, not at start-up (`npm start` budget, issue #9).
    const { fileTypeFromBuffer } = await import('file-type')
    const detected = await fileTypeFromBuffer(head)
    const mediaType = detected ? ACCEPTED.get(detected.mime) : undefined
    if (!mediaType) {
      throw fileIssue('unsupported_media_type', 'document.wrong_type')
    }
    this.mediaType = mediaType
    if (IMAGE_TYPES.has(mediaType)) this.kept = []
    this.forward(head)
  }

  private forward(chunk: Buffer) {
    this.kept?.push(chunk)
    this.push(chunk)
  }
}
