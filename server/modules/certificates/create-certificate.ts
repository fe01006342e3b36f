import type { NewCertificate } from '../../../shared/contracts/certificates.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'

/**
 * Writes a draft certificate (the request schema has checked the dates: sick leave from-to in
 * order, at most 90 days; the table's CHECK says the same). It prints nothing until a doctor
 * signs it. The route has checked clinical write access to the patient.
 */
export async function createCertificate(
  tx: Tx,
  actor: Session,
  patientId: string,
  input: NewCertificate,
): Promise<string> {
  const row = await mapDatabaseErrors(
    tx
      .insertInto('medical_certificates')
      .values({
        clinic_id: actor.clinicId,
        patient_id: patientId,
        kind: input.kind,
        language: input.language,
        from_date: input.fromDate,
        to_date: input.toDate ?? null,
        diagnosis: input.diagnosis ?? '',
        remarks: input.remarks ?? '',
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
    { '23514': fieldError('validation_failed', 'toDate', 'certificate.end_before_start') },
  )
  return row.id
}
