import { ageOn } from '../../../shared/india/birth-date.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { formatPatientNumber } from '../patients/index.ts'

/** The patient as a signed clinic form names them. full_name is stored in clear (ADR 0009). */
export interface FormPatient {
  id: string
  fullName: string
  reference: string
  dateOfBirth: string
  sex: 'female' | 'male' | 'other' | 'unknown'
}

export async function formPatient(tx: Tx, patientId: string): Promise<FormPatient> {
  const row = await tx
    .selectFrom('patients')
    .select(['id', 'full_name', 'patient_number', 'date_of_birth', 'sex'])
    .where('id', '=', patientId)
    .where('merged_into_id', 'is', null)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found', 'patient.not_found')
  return {
    id: row.id,
    fullName: row.full_name,
    reference: formatPatientNumber(row.patient_number),
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
  }
}

const SEX_WORDS = {
  en: { female: 'F', male: 'M', other: 'Other', unknown: '' },
  hi: { female: 'महिला', male: 'पुरुष', other: 'अन्य', unknown: '' },
} as const

/** "34 y / F" or "34 वर्ष / महिला", the age on the given date. */
export function ageSex(patient: FormPatient, language: 'en' | 'hi', on: string): string {
  const age = ageOn(patient.dateOfBirth, on)
  const years = language === 'hi' ? `${age} वर्ष` : `${age} y`
  const sex = SEX_WORDS[language][patient.sex]
  return sex ? `${years} / ${sex}` : years
}

/** A user's name as printed (witness, doctor). */
export async function userName(tx: Tx, userId: string): Promise<string> {
  const row = await tx
    .selectFrom('users')
    .select('full_name')
    .where('id', '=', userId)
    .executeTakeFirst()
  return row?.full_name ?? ''
}

export interface DoctorProfile {
  name: string
  qualification: string | null
  registrationNumber: string
  registrationCouncil: string | null
}

/**
 * The signing doctor's own staff profile (everyone may read their own membership). A document a
 * doctor signs prints their registration number (IMC Regulations 2002, 1.4.2), so signing without
 * one is refused, naming registrationNumber, with `reason`.
 */
export async function signingDoctor(
  tx: Tx,
  userId: string,
  reason: 'treatment_consent.no_registration' | 'certificate.no_registration',
): Promise<DoctorProfile> {
  const row = await tx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.full_name',
      'memberships.qualification',
      'memberships.registration_number',
      'memberships.registration_council',
    ])
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst()
  const registration = row?.registration_number?.trim()
  if (!row || !registration) throw fieldError('validation_failed', 'registrationNumber', reason)
  return {
    name: row.full_name,
    qualification: row.qualification,
    registrationNumber: registration,
    registrationCouncil: row.registration_council,
  }
}
