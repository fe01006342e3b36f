import type { PatientSignature } from '../../../shared/contracts/treatment-consent.ts'
import { ageOn } from '../../../shared/india/birth-date.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { readSignature } from '../plans/index.ts'
import { formOfPatient } from './queries.ts'
import { formPatient } from './signing-people.ts'

/** Age of majority for consent to treatment: Indian Majority Act 1875 s.3 (18 years). */
const MAJORITY_AGE = 18

/** What the database says when a signed form is touched (trigger treatment_consent_form_locked). */
export const lockedAnswer = {
  constraints: {
    treatment_consent_forms_signed_locked: new AppError(
      'conflict',
      'treatment_consent.signed_locked',
    ),
  },
}

/**
 * The patient, or a minor's guardian (by name and relationship), signs the form on the tablet.
 * The drawn signature is checked and normalised as on the plan acceptance; the person handing
 * over the tablet is the witness. Signing twice is a 409. From now on the form's text cannot
 * change (trigger treatment_consent_form_locked).
 */
export async function signAsPatient(
  tx: Tx,
  actor: Session,
  cipher: ClinicCipher,
  clinic: { today: string; now: Date },
  target: { patientId: string; formId: string },
  input: PatientSignature,
): Promise<void> {
  const form = await formOfPatient(tx, target.patientId, target.formId)
  if (!form) throw new AppError('not_found', 'treatment_consent.not_found')
  if (form.patient_signed_at !== null) {
    throw fieldError('conflict', 'consentId', 'treatment_consent.patient_signed')
  }
  const signature = await readSignature(input.signaturePng)
  const patient = await formPatient(tx, target.patientId)
  if (input.signedBy === 'patient' && ageOn(patient.dateOfBirth, clinic.today) < MAJORITY_AGE) {
    throw fieldError('validation_failed', 'signedBy', 'plans.minor_needs_guardian')
  }
  const guardian = input.signedBy === 'guardian'
  const signed = await mapDatabaseErrors(
    tx
      .updateTable('treatment_consent_forms')
      .set({
        patient_signed_by: input.signedBy,
        signer_name_cipher:
          guardian && input.guardianName
            ? cipher.encrypt('treatment_consent_forms.signer_name', input.guardianName)
            : null,
        guardian_relationship: guardian ? (input.guardianRelationship ?? null) : null,
        patient_signature_png: signature,
        patient_signed_at: clinic.now,
        witnessed_by: actor.userId,
      })
      .where('id', '=', target.formId)
      .where('patient_signed_at', 'is', null)
      .returning('id')
      .executeTakeFirst(),
    lockedAnswer,
  )
  if (!signed) throw fieldError('conflict', 'consentId', 'treatment_consent.patient_signed')
}
