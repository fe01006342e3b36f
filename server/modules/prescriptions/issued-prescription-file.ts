import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import type { Logger } from '../../lib/logger.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { openDocumentFile } from '../documents/index.ts'
import { requirePrescription } from './access.ts'

/** Larger than any prescription we print: a stored file beyond it is not sent anywhere. */
const MAX_BYTES = 8 * 1024 * 1024

/**
 * An issued prescription's PDF as it was issued (the stored, signed-off file), for sending it to
 * the patient: read as the caller (clinical.read, and the patient must be theirs, as for the
 * prescription's own routes). A draft or a cancelled prescription is not sent: 409.
 */
export async function issuedPrescriptionFile(
  tx: Tx,
  tools: { storage: ObjectStorage; cipher: ClinicCipher; logger: Logger; requestId: string },
  id: string,
  coversAll: boolean,
): Promise<{
  bytes: Buffer
  filename: string
  number: string
  patientId: string
  language: 'en' | 'hi'
}> {
  const row = await requirePrescription(tx, id, 'read', coversAll)
  if (row.status !== 'issued' || row.document_id === null || row.number === null) {
    throw new AppError('conflict', 'prescription.not_issued_for_sending')
  }
  const file = await openDocumentFile(tx, tools, row.document_id, 'content')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of file.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > MAX_BYTES) throw new AppError('conflict', 'prescription.not_issued_for_sending')
    chunks.push(Buffer.from(chunk))
  }
  return {
    bytes: Buffer.concat(chunks),
    filename: `prescription-${row.number.replace(/[^A-Za-z0-9-]/g, '-')}.pdf`,
    number: row.number,
    patientId: row.patient_id,
    language: row.language,
  }
}
