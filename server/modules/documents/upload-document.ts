import { randomUUID } from 'node:crypto'
import { Readable, type Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  type DocumentKind,
  type DocumentMediaType,
  UploadFieldsSchema,
} from '../../../shared/contracts/documents.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, validationError } from '../../http/errors.ts'
import { issuesOf } from '../../http/zod-issues.ts'
import type { Logger } from '../../lib/logger.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { insertDocument } from './queries.ts'
import { receiveUpload } from './receive-upload.ts'
import { SniffStream } from './sniff.ts'
import { documentObjects } from './storage-keys.ts'
import { makeThumbnail } from './thumbnail.ts'

export interface UploadTools {
  storage: ObjectStorage
  cipher: ClinicCipher
  logger: Logger
}

interface StoredFiles {
  mediaType: DocumentMediaType
  byteSize: number
  thumbnail?: { width: number; height: number } | undefined
}

/**
 * Streams an upload into storage, encrypted as it arrives, then records it in a transaction of
 * its own; the insert re-checks the caller's clinical access (RLS). The order matters: no
 * database transaction is held open while a 25 MiB body trickles in over a clinic's connection
 * (see streamingClinicRoute). Whatever fails after the first byte is stored, the stored objects
 * are deleted before the error is answered.
 */
export async function uploadDocument(
  inTransaction: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  tools: UploadTools,
  session: Session,
  request: { patientId: string; body: ReadableStream<Uint8Array> | null; contentType: string },
) {
  const documentId = randomUUID()
  const objects = documentObjects(session.clinicId, documentId)
  let storing: Promise<StoredFiles> | undefined
  try {
    const upload = await receiveUpload(request.body, request.contentType, (file) => {
      storing = storeFile(tools, objects, file)
      return storing
    })
    const fields = UploadFieldsSchema.safeParse(upload.fields)
    if (!fields.success) {
      throw validationError(issuesOf(fields.error, 'body', upload.fields))
    }
    const { stored, fileName } = upload
    return await inTransaction((tx) =>
      insertDocument(tx, {
        clinic_id: session.clinicId,
        id: documentId,
        patient_id: request.patientId,
        kind: fields.data.kind satisfies DocumentKind,
        title: fields.data.title ?? fileName?.slice(0, 200) ?? 'Untitled',
        original_name: fileName,
        media_type: stored.mediaType,
        byte_size: stored.byteSize,
        storage_key: objects.original.key,
        thumbnail_key: stored.thumbnail ? objects.thumbnail.key : null,
        width: stored.thumbnail?.width ?? null,
        height: stored.thumbnail?.height ?? null,
        uploaded_by: session.userId,
      }),
    )
  } catch (error) {
    // The body can fail (client gone, bad field) while a write is still in flight: let it
    // settle first, so nothing lands in storage after the clean-up.
    await storing?.catch(() => undefined)
    await removeQuietly(tools, [objects.original.key, objects.thumbnail.key], documentId)
    throw error
  }
}

async function storeFile(
  tools: UploadTools,
  objects: ReturnType<typeof documentObjects>,
  file: Readable,
): Promise<StoredFiles> {
  const sniffer = new SniffStream()
  const encrypt = tools.cipher.encryptStream(objects.original.context)
  await putThrough(tools.storage, objects.original.key, file, sniffer, encrypt)
  const mediaType = sniffer.mediaType
  if (!mediaType) throw new Error('documents: stream ended without a detected type')
  const image = sniffer.imageBytes()
  const thumbnail = image ? await makeThumbnail(image) : undefined
  if (image && !thumbnail) {
    tools.logger.warn(
      { mediaType },
      'documents: image could not be decoded; stored without thumbnail',
    )
  }
  if (thumbnail) {
    await putThrough(
      tools.storage,
      objects.thumbnail.key,
      Readable.from([thumbnail.jpeg]),
      tools.cipher.encryptStream(objects.thumbnail.context),
    )
  }
  return { mediaType, byteSize: sniffer.byteSize, thumbnail }
}

/**
 * Pipes `source` through the transforms into storage. When a transform refuses the file (type,
 * size) its own error is what the caller gets, not the storage's "stream closed early".
 */
async function putThrough(
  storage: ObjectStorage,
  key: string,
  source: Readable,
  ...transforms: Transform[]
) {
  const last = transforms.at(-1)
  if (!last) throw new TypeError('putThrough: no transform')
  const [piped, put] = await Promise.allSettled([
    pipeline([source, ...transforms]),
    storage.put(key, last),
  ])
  if (piped.status === 'rejected' && piped.reason instanceof AppError) throw piped.reason
  if (put.status === 'rejected') throw put.reason
  if (piped.status === 'rejected') throw piped.reason
}

async function removeQuietly(tools: UploadTools, keys: string[], documentId: string) {
  for (const key of keys) {
    try {
      await tools.storage.delete(key)
    } catch (error) {
      // Ciphertext left behind is unreadable without the clinic key, but worth knowing about.
      tools.logger.error(
        { documentId, err: { name: (error as Error).name } },
        'documents: could not remove stored object after a failed upload',
      )
    }
  }
}
