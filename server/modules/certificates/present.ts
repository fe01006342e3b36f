import type { Certificate } from '../../../shared/contracts/certificates.ts'
import type { CertificateRow } from './queries.ts'

/** Every field a certificate response carries. */
export function presentCertificate(row: CertificateRow): Certificate {
  return {
    id: row.id,
    patientId: row.patient_id,
    kind: row.kind,
    language: row.language,
    fromDate: row.from_date,
    toDate: row.to_date,
    diagnosis: row.diagnosis,
    remarks: row.remarks,
    createdAt: new Date(row.created_at).toISOString(),
    isSigned: row.signed_at !== null,
    signedBy: row.signed_by,
    signedByName: row.signed_by_name,
    signedAt: row.signed_at === null ? null : new Date(row.signed_at).toISOString(),
    registrationNumber: row.registration_number,
    documentId: row.document_id,
    documentUrl: row.document_id === null ? null : `/api/v1/documents/${row.document_id}/content`,
  }
}
