import type { Tx } from '../../db/with-clinic.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { formOfPatient } from './queries.ts'
import { lockedAnswer } from './sign-patient.ts'

/**
 * Deletes a form nobody has signed yet (filled by mistake). Once the patient has signed, it is
 * part of the record: 409, and the database refuses it too (treatment_consent_form_locked).
 */
export async function deleteForm(tx: Tx, patientId: string, formId: string): Promise<void> {
  const form = await formOfPatient(tx, patientId, formId)
  if (!form) throw new AppError('not_found', 'treatment_consent.not_found')
  if (form.patient_signed_at !== null) {
    throw fieldError('conflict', 'consentId', 'treatment_consent.signed_locked')
  }
  await mapDatabaseErrors(
    tx.deleteFrom('treatment_consent_forms').where('id', '=', formId).execute(),
    lockedAnswer,
  )
}
