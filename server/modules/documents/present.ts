import type { Selectable } from 'kysely'
import type { PatientDocumentsTable } from '../../db/schema.ts'

export type DocumentRow = Selectable<PatientDocumentsTable>

/** Every field a document response carries; the storage keys stay on the server. */
export function presentDocument(row: DocumentRow) {
  return {
    id: row.id,
    patientId: row.patient_id,
    kind: row.kind,
    title: row.title,
    fileName: row.original_name,
    mediaType: row.media_type,
    byteSize: Number(row.byte_size),
    width: row.width,
    height: row.height,
    hasThumbnail: row.thumbnail_key !== null,
    uploadedBy: row.uploaded_by,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    contentUrl: `/api/v1/documents/${row.id}/content`,
    thumbnailUrl: row.thumbnail_key ? `/api/v1/documents/${row.id}/thumbnail` : null,
  }
}
