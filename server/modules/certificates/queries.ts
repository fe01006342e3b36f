import type { Tx } from '../../db/with-clinic.ts'

function certificatesQuery(tx: Tx, patientId: string) {
  return tx
    .selectFrom('medical_certificates')
    .leftJoin('users', 'users.id', 'medical_certificates.signed_by')
    .select([
      'medical_certificates.id',
      'medical_certificates.patient_id',
      'medical_certificates.kind',
      'medical_certificates.language',
      'medical_certificates.from_date',
      'medical_certificates.to_date',
      'medical_certificates.diagnosis',
      'medical_certificates.remarks',
      'medical_certificates.created_at',
      'medical_certificates.signed_by',
      'medical_certificates.signed_at',
      'medical_certificates.registration_number',
      'medical_certificates.document_id',
      'users.full_name as signed_by_name',
    ])
    .where('medical_certificates.patient_id', '=', patientId)
}

/** A patient's certificates, newest first. */
export function certificatesOfPatient(tx: Tx, patientId: string) {
  return certificatesQuery(tx, patientId)
    .orderBy('medical_certificates.created_at', 'desc')
    .orderBy('medical_certificates.id')
    .execute()
}
export type CertificateRow = Awaited<ReturnType<typeof certificatesOfPatient>>[number]

export function certificateOfPatient(tx: Tx, patientId: string, certificateId: string) {
  return certificatesQuery(tx, patientId)
    .where('medical_certificates.id', '=', certificateId)
    .executeTakeFirst()
}
