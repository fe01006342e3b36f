import { createHash } from 'node:crypto'
import { daysCovered } from '../../../shared/contracts/certificates.ts'
import type { DoctorSignature } from '../../../shared/contracts/treatment-consent.ts'
import { todayInZone } from '../../../shared/format/date.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { renderCertificatePdf } from '../../lib/pdf/index.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { letterheadOf } from '../clinic/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { storeGeneratedDocument } from '../documents/index.ts'
import { readSignature } from '../plans/index.ts'
import { ageSex, formPatient, signingDoctor } from '../treatment-consent/index.ts'
import { certificateOfPatient } from './queries.ts'

const TITLES = {
  fitness: 'Fitness certificate',
  sick_leave: 'Medical certificate (sick leave)',
  attendance: 'Attendance certificate',
} as const

/**
 * The doctor signs the certificate: it is rendered as a PDF with their drawn signature, name,
 * qualification and registration number (required: 400 naming registrationNumber), stored with
 * the patient's documents as 'certificate', and the row is locked from then on (trigger
 * medical_certificate_locked). Signing twice is a 409.
 */
export async function signCertificate(
  tx: Tx,
  tools: { storage: ObjectStorage; cipher: ClinicCipher },
  actor: Session,
  clinic: { zone: string; now: Date },
  target: { patientId: string; certificateId: string },
  input: DoctorSignature,
): Promise<void> {
  const certificate = await certificateOfPatient(tx, target.patientId, target.certificateId)
  if (!certificate) throw new AppError('not_found', 'certificate.not_found')
  if (certificate.signed_at !== null) {
    throw fieldError('conflict', 'certificateId', 'certificate.signed_locked')
  }
  const doctor = await signingDoctor(tx, actor.userId, 'certificate.no_registration')
  const signaturePng = await readSignature(input.signaturePng)
  const patient = await formPatient(tx, target.patientId)
  const signedAt = new Date(clinic.now.getTime())
  const { language } = certificate
  const bytes = await renderCertificatePdf({
    language,
    letterhead: await letterheadOf(tx, tools.storage),
    timeZone: clinic.zone,
    kind: certificate.kind,
    patient: {
      name: patient.fullName,
      reference: patient.reference,
      ageSex: ageSex(patient, language, todayInZone(clinic.zone, signedAt)),
    },
    fromDate: certificate.from_date,
    toDate: certificate.to_date,
    days: certificate.to_date ? daysCovered(certificate.from_date, certificate.to_date) : null,
    diagnosis: certificate.diagnosis,
    remarks: certificate.remarks,
    doctor: { ...doctor, signaturePng, signedAt },
  })
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const stored = await storeGeneratedDocument(tx, tools, actor, {
    patientId: target.patientId,
    kind: 'certificate',
    title: TITLES[certificate.kind],
    bytes,
    sha256,
  })
  const signed = await mapDatabaseErrors(
    tx
      .updateTable('medical_certificates')
      .set({
        signed_by: actor.userId,
        signed_at: signedAt,
        registration_number: doctor.registrationNumber,
        document_id: stored.id,
        document_sha256: sha256,
      })
      .where('id', '=', target.certificateId)
      .where('signed_at', 'is', null)
      .returning('id')
      .executeTakeFirst(),
    {
      constraints: {
        medical_certificates_signed_locked: new AppError('conflict', 'certificate.signed_locked'),
      },
    },
  )
  if (!signed) throw fieldError('conflict', 'certificateId', 'certificate.signed_locked')
}
