import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { DocumentKind, PatientDocumentKind } from '../../../shared/contracts/documents.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { recordRead } from '../audit/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import type { DocumentRow } from './present.ts'
import { insertDocument } from './queries.ts'
import { documentObjects } from './storage-keys.ts'

export interface GeneratedDocument {
  patientId: string
  /** An estimate may be generated again unchanged; the others are stored every time. */
  kind: Exclude<PatientDocumentKind, DocumentKind>
  title: string
  bytes: Buffer
  /** Hex SHA-256 of `bytes`, kept so that what was signed can be proved later. */
  sha256: string
}

/**
 * Stores a PDF the clinic generated (an estimate, a signed acceptance) with the patient's
 * documents, encrypted with the clinic's key exactly like an upload (ADR 0010: storage never
 * sees plaintext; the key and the encryption context name ids only). The insert is recorded by
 * the audit trigger. An estimate whose bytes were already stored for this patient is not stored
 * again: the existing row is returned and the re-generation is recorded as a read, as a
 * download is. The caller's transaction re-checks clinical write access (RLS on the insert).
 */
export async function storeGeneratedDocument(
  tx: Tx,
  tools: { storage: ObjectStorage; cipher: ClinicCipher },
  session: Session,
  document: GeneratedDocument,
): Promise<DocumentRow> {
  if (document.kind === 'estimate') {
    const existing = await tx
      .selectFrom('patient_documents')
      .selectAll()
      .where('patient_id', '=', document.patientId)
      .where('kind', '=', 'estimate')
      .where('content_sha256', '=', document.sha256)
      .orderBy('uploaded_at')
      .limit(1)
      .executeTakeFirst()
    if (existing) {
      await recordRead(tx, {
        table: 'patient_documents',
        rowId: existing.id,
        patientId: existing.patient_id,
        details: { part: 'content', regenerated: true },
      })
      return existing
    }
  }
  const id = randomUUID()
  const { original } = documentObjects(session.clinicId, id)
  const encrypt = tools.cipher.encryptStream(original.context)
  await Promise.all([
    pipeline(Readable.from([document.bytes]), encrypt),
    tools.storage.put(original.key, encrypt),
  ])
  try {
    return await insertDocument(tx, {
      clinic_id: session.clinicId,
      id,
      patient_id: document.patientId,
      kind: document.kind,
      title: document.title,
      original_name: `${document.kind.replace(/_/g, '-')}.pdf`,
      media_type: 'application/pdf',
      byte_size: document.bytes.length,
      storage_key: original.key,
      thumbnail_key: null,
      width: null,
      height: null,
      uploaded_by: session.userId,
      content_sha256: document.sha256,
    })
  } catch (error) {
    // Refused (no write access): the ciphertext is unreadable without the row, but remove it.
    await tools.storage.delete(original.key).catch(() => undefined)
    throw error
  }
}
