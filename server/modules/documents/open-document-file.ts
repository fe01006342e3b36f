import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import type { Logger } from '../../lib/logger.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { recordRead } from '../audit/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { contentDisposition, openDecrypted } from './download.ts'
import type { DocumentRow } from './present.ts'
import { findDocument } from './queries.ts'
import { documentObjects } from './storage-keys.ts'

export type DocumentPart = 'content' | 'thumbnail'

/**
 * A document's file or thumbnail, decrypted as it streams, with the headers to send it. A
 * document the person may not see is 404, like one that does not exist (RLS hides it); the read
 * is recorded in the audit log. The route has checked clinical.read.
 */
export async function openDocumentFile(
  tx: Tx,
  tools: { storage: ObjectStorage; cipher: ClinicCipher; logger: Logger; requestId: string },
  id: string,
  part: DocumentPart,
): Promise<{ body: ReadableStream<Uint8Array>; headers: Record<string, string> }> {
  const row = await findDocument(tx, id)
  if (!row || (part === 'thumbnail' && !row.thumbnail_key)) {
    throw new AppError(
      'not_found',
      part === 'thumbnail' ? 'document.no_thumbnail' : 'document.not_found',
    )
  }
  await recordRead(tx, {
    table: 'patient_documents',
    rowId: row.id,
    patientId: row.patient_id,
    details: { part },
  })
  const objects = documentObjects(row.clinic_id, row.id)[
    part === 'content' ? 'original' : 'thumbnail'
  ]
  const { logger, requestId } = tools
  const { body } = await openDecrypted(
    tools.storage,
    objects.key,
    tools.cipher.decryptStream(objects.context),
    (error) =>
      logger.error(
        { requestId, documentId: row.id, part, err: { name: (error as Error).name } },
        'documents: download cut short, stored file failed its integrity check',
      ),
  )
  return { body, headers: headersFor(row, part) }
}

function headersFor(row: DocumentRow, part: DocumentPart): Record<string, string> {
  // The detected type is the only type: browsers must not guess another from the bytes.
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff' }
  if (part === 'thumbnail') {
    headers['Content-Type'] = 'image/jpeg'
    headers['Content-Disposition'] = 'inline; filename="thumbnail.jpg"'
    return headers
  }
  headers['Content-Type'] = row.media_type
  headers['Content-Length'] = String(row.byte_size)
  headers['Content-Disposition'] = contentDisposition(row.original_name, 'document')
  return headers
}
