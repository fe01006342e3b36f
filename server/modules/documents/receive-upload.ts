import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import busboy from 'busboy'
import { type ErrorReason, fieldError } from '../../http/errors.ts'
import { DOCUMENT_MAX_BYTES } from './sniff.ts'

export interface ReceivedUpload<T> {
  fields: Record<string, string>
  /** The name the file had on the sender's computer, cleaned; null when none was sent. */
  fileName: string | null
  stored: T
}

const bad = (field: string, reason: Extract<ErrorReason, `upload.${string}` | 'field.required'>) =>
  fieldError('validation_failed', field, reason)

/** Text fields the upload accepts; any other name is reported as `body`, never echoed. */
const KNOWN_FIELDS = new Set(['kind', 'title'])

/**
 * Reads a multipart/form-data body as it arrives: text fields are collected, and the one part
 * named `file` is handed to `store` as a stream without being buffered. Resolves once the body
 * has ended and `store` has finished; rejects (and stops reading) as soon as either fails, so a
 * refused or oversized file is not read to its end.
 *
 * Every stream here has an 'error' listener: Node ends the whole process on an 'error' event
 * nobody listens to, and busboy emits one on each open file stream when it is destroyed (a
 * wrong field name, a truncated or garbled body, a client that hangs up). A malformed body is
 * a 400 naming the field; it never reaches storage or the database.
 */
export function receiveUpload<T>(
  body: ReadableStream<Uint8Array> | null,
  contentType: string,
  store: (file: Readable) => Promise<T>,
): Promise<ReceivedUpload<T>> {
  return new Promise((resolve, reject) => {
    if (!body) {
      reject(bad('file', 'field.required'))
      return
    }
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: { 'content-type': contentType },
        defParamCharset: 'utf8',
        // One byte over the limit, so SniffStream sees it and answers 413.
        limits: {
          files: 1,
          fields: 8,
          parts: 10,
          fieldSize: 1024,
          fileSize: DOCUMENT_MAX_BYTES + 1,
        },
      })
    } catch {
      reject(bad('body', 'upload.no_boundary'))
      return
    }
    const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>)
    const fields: Record<string, string> = {}
    let fileName: string | null = null
    let storing: Promise<T> | undefined
    let isSettled = false

    const fail = (error: unknown) => {
      if (isSettled) return
      isSettled = true
      source.unpipe(parser)
      source.destroy()
      parser.destroy()
      reject(error)
    }

    parser.on('field', (name, value, info) => {
      if (isSettled) return
      const field = KNOWN_FIELDS.has(name) ? name : 'body'
      if (info.valueTruncated) fail(bad(field, 'upload.value_too_long'))
      else fields[name] = value
    })
    parser.on('file', (name, file, info) => {
      // The store's pipeline, or the parser's own 'error', reports what went wrong; this
      // listener only keeps a destroyed file stream from taking the process down.
      file.on('error', () => undefined)
      if (isSettled || name !== 'file' || storing) {
        file.resume()
        fail(bad('file', 'upload.file_field'))
        return
      }
      fileName = cleanFileName(info.filename)
      storing = store(file)
      storing.catch(fail)
    })
    parser.on('filesLimit', () => fail(bad('file', 'upload.one_file')))
    parser.on('fieldsLimit', () => fail(bad('body', 'upload.too_many_fields')))
    parser.on('partsLimit', () => fail(bad('body', 'upload.too_many_parts')))
    parser.on('error', () => fail(bad('body', 'upload.malformed')))
    parser.on('close', () => {
      if (!storing) {
        fail(bad('file', 'field.required'))
        return
      }
      storing.then((stored) => {
        if (isSettled) return
        isSettled = true
        resolve({ fields, fileName, stored })
      }, fail)
    })
    source.on('error', () => fail(bad('body', 'upload.interrupted')))
    source.pipe(parser)
  })
}

/** The last path segment, without control characters, at most 255 characters; null if empty. */
export function cleanFileName(name: string | undefined): string | null {
  const base = (name ?? '').split(/[\\/]/).pop() ?? ''
  const printable = [...base].filter((character) => {
    const code = character.charCodeAt(0)
    return code >= 0x20 && code !== 0x7f
  })
  const cleaned = printable.join('').trim().slice(0, 255)
  return cleaned === '' ? null : cleaned
}
