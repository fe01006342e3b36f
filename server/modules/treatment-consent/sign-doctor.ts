import { createHash } from 'node:crypto'
import type { DoctorSignature } from '../../../shared/contracts/treatment-consent.ts'
import { todayInZone } from '../../../shared/format/date.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { renderTreatmentConsentPdf } from '../../lib/pdf/index.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { letterheadOf } from '../clinic/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { storeGeneratedDocument } from '../documents/index.ts'
import { readSignature } from '../plans/index.ts'
import { formOfPatient } from './queries.ts'
import { lockedAnswer } from './sign-patient.ts'
import { ageSex, formPatient, signingDoctor, userName } from './signing-people.ts'

export interface SignTools {
  storage: ObjectStorage
  cipher: ClinicCipher
}

/**
 * The doctor named on the form countersigns it after the patient: the PDF (the text, both drawn
 * signatures with their times, the doctor's qualification and registration number) is rendered,
 * stored with the patient's documents as 'treatment_consent', and its SHA-256 kept on the row,
 * which the database then never lets change (trigger treatment_consent_form_locked).
 */
export async function signAsDoctor(
  tx: Tx,
  tools: SignTools,
  actor: Session,
  clinic: { zone: string; now: Date },
  target: { patientId: string; formId: string },
  input: DoctorSignature,
): Promise<void> {
  const form = await formOfPatient(tx, target.patientId, target.formId)
  if (!form) throw new AppError('not_found', 'treatment_consent.not_found')
  if (form.doctor_signed_at !== null) {
    throw fieldError('conflict', 'consentId', 'treatment_consent.signed_locked')
  }
  if (form.patient_signed_at === null || form.patient_signed_by === null) {
    throw fieldError('conflict', 'consentId', 'treatment_consent.patient_not_signed')
  }
  if (form.doctor_id !== actor.userId) {
    throw new AppError('forbidden', 'treatment_consent.not_the_doctor')
  }
  const doctor = await signingDoctor(tx, actor.userId, 'treatment_consent.no_registration')
  const doctorSignature = await readSignature(input.signaturePng)
  const images = await tx
    .selectFrom('treatment_consent_forms')
    .select('patient_signature_png')
    .where('id', '=', target.formId)
    .executeTakeFirstOrThrow()
  if (!images.patient_signature_png) throw new Error('treatment-consent: signed without an image')
  const patient = await formPatient(tx, target.patientId)
  const signedAt = new Date(clinic.now.getTime())
  const language = form.language
  const bytes = await renderTreatmentConsentPdf({
    language,
    letterhead: await letterheadOf(tx, tools.storage),
    timeZone: clinic.zone,
    title: form.title,
    patient: {
      name: patient.fullName,
      reference: patient.reference,
      ageSex: ageSex(patient, language, todayInZone(clinic.zone, signedAt)),
    },
    body: form.body,
    patientSignature: {
      signedBy: form.patient_signed_by,
      signerName:
        form.signer_name_cipher === null
          ? patient.fullName
          : tools.cipher.decrypt(
              'treatment_consent_forms.signer_name',
              Buffer.from(form.signer_name_cipher),
            ),
      relationship: form.guardian_relationship,
      signaturePng: Buffer.from(images.patient_signature_png),
      signedAt: new Date(form.patient_signed_at),
      witnessName: form.witnessed_by ? await userName(tx, form.witnessed_by) : '',
    },
    doctor: { ...doctor, signaturePng: doctorSignature, signedAt },
  })
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const stored = await storeGeneratedDocument(tx, tools, actor, {
    patientId: target.patientId,
    kind: 'treatment_consent',
    title: `Signed consent: ${form.title}`.slice(0, 200),
    bytes,
    sha256,
  })
  await mapDatabaseErrors(
    tx
      .updateTable('treatment_consent_forms')
      .set({
        doctor_signature_png: doctorSignature,
        doctor_signed_at: signedAt,
        document_id: stored.id,
        document_sha256: sha256,
      })
      .where('id', '=', target.formId)
      .execute(),
    lockedAnswer,
  )
}
