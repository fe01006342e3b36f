import type { Tx } from '../../db/with-clinic.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { certificateOfPatient } from './queries.ts'

const locked = () => fieldError('conflict', 'certificateId', 'certificate.signed_locked')

/**
 * Deletes a draft certificate (written by mistake, or for the wrong dates). Once signed, it is
 * part of the record and has been handed over as a PDF: 409, and the database refuses it too
 * (trigger signed_locked, medical_certificate_locked). The route has checked clinical write
 * access to the patient.
 */
export async function deleteCertificate(
  tx: Tx,
  patientId: string,
  certificateId: string,
): Promise<void> {
  const certificate = await certificateOfPatient(tx, patientId, certificateId)
  if (!certificate) throw new AppError('not_found', 'certificate.not_found')
  if (certificate.signed_at !== null) throw locked()
  const deleted = await mapDatabaseErrors(
    tx
      .deleteFrom('medical_certificates')
      .where('id', '=', certificateId)
      .where('patient_id', '=', patientId)
      .where('signed_at', 'is', null)
      .returning('id')
      .executeTakeFirst(),
    { constraints: { medical_certificates_signed_locked: locked() } },
  )
  // Signed between the read and the delete by someone else: the same answer as above.
  if (!deleted) throw locked()
}
