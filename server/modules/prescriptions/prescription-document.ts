import { createHash } from 'node:crypto'
import type { Sex } from '../../../shared/contracts/patients.ts'
import type { PrescriptionLine } from '../../../shared/contracts/prescriptions.ts'
import { todayInZone } from '../../../shared/format/date.ts'
import { ageOn } from '../../../shared/india/birth-date.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { renderPrescriptionPdf } from '../../lib/pdf/prescription-pdf.ts'
import type { PrescriptionDocument } from '../../lib/pdf/prescription-types.ts'
import type { ObjectStorage } from '../../lib/storage/storage.ts'
import { letterheadOf } from '../clinic/index.ts'
import { findPatient, formatPatientNumber } from '../patients/index.ts'
import { latestWeightKg } from '../vitals/index.ts'

const SEX_WORDS = {
  en: { female: 'F', male: 'M', other: 'Other', unknown: '' },
  hi: { female: 'महिला', male: 'पुरुष', other: 'अन्य', unknown: '' },
} as const satisfies Record<'en' | 'hi', Record<Sex, string>>

/** A child for dosing and for printing the weight: under 12, or under 40 kg (shared/prescriptions/types.ts). */
const isChild = (age: number, weightKg: number | null) =>
  age < 12 || (weightKg !== null && weightKg < 40)

export interface PrescriptionContent {
  patientId: string
  language: 'en' | 'hi'
  isDraft: boolean
  number: string | null
  /** The issue time, or the draft's last change: printed, and the PDF's CreationDate. */
  issuedAt: Date
  prescriber: PrescriptionDocument['prescriber']
  diagnosis: string
  advice: string
  followUpDate: string | null
  lines: readonly PrescriptionLine[]
}

/**
 * Renders a prescription with the clinic's letterhead and the patient as the record names them
 * (age on the prescription's own date, so a re-render of the same content gives the same bytes).
 */
export async function renderPrescription(
  tx: Tx,
  tools: { storage: ObjectStorage; zone: string },
  content: PrescriptionContent,
): Promise<{ bytes: Buffer; sha256: string }> {
  const patient = await findPatient(tx, content.patientId)
  if (!patient) throw new AppError('not_found', 'patient.not_found')
  const on = todayInZone(tools.zone, content.issuedAt)
  const age = ageOn(patient.date_of_birth, on)
  const weightKg = await latestWeightKg(tx, content.patientId)
  const sex = SEX_WORDS[content.language][patient.sex]
  const years = content.language === 'hi' ? `${age} वर्ष` : `${age} y`
  const document: PrescriptionDocument = {
    language: content.language,
    letterhead: await letterheadOf(tx, tools.storage),
    issuedAt: content.issuedAt,
    timeZone: tools.zone,
    isDraft: content.isDraft,
    number: content.number,
    prescriber: content.prescriber,
    patient: {
      name: patient.full_name,
      reference: formatPatientNumber(patient.patient_number),
      ageSex: sex ? `${years} / ${sex}` : years,
      weightKg: isChild(age, weightKg) ? weightKg : null,
    },
    diagnosis: content.diagnosis,
    advice: content.advice,
    followUpDate: content.followUpDate,
    lines: content.lines.map((line) => ({
      genericName: line.genericName,
      strengthLabel: line.strength?.label ?? null,
      form: line.form,
      doseAmount: line.doseAmount,
      doseUnit: line.doseUnit,
      route: line.route,
      frequency: line.frequency,
      foodTiming: line.foodTiming,
      durationDays: line.durationDays,
      quantity: line.quantity,
      instructions: line.instructions,
      schedule: line.schedule,
    })),
  }
  const bytes = await renderPrescriptionPdf(document)
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
}
