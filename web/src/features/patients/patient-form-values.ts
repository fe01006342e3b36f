import type { Patient } from '../../../../shared/contracts/patients.ts'
import { formatDate, parseIndianMobile } from '../../../../shared/format/index.ts'
import { ADULT_AGE, ageOn } from '../../../../shared/india/birth-date.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'

// The registration and edit form keeps every field as the text the person typed, keyed by the
// API's own field path ("address.pinCode"), so a server error naming a field lands under it.
// This file reads those texts; patient-request-body.ts turns them into requests.

export const patientTextFields = [
  'fullName',
  'dateOfBirth',
  'ageYears',
  'sex',
  'genderIdentity',
  'phone',
  'email',
  'preferredLanguage',
  'address.line1',
  'address.line2',
  'address.city',
  'address.state',
  'address.pinCode',
  'abhaNumber',
  'abhaAddress',
  'aadhaarLast4',
  'guardian.name',
  'guardian.relation',
  'guardian.phone',
  'emergencyContact.name',
  'emergencyContact.relation',
  'emergencyContact.phone',
  'referralSource',
] as const
export type PatientTextField = (typeof patientTextFields)[number]

/** Date of birth typed as DD/MM/YYYY, or only the age in years (the server estimates the date). */
export type BirthMode = 'date' | 'age'

export type PatientFormValues = Record<PatientTextField, string> & {
  birthMode: BirthMode
  isGuardianIdentifiedAsAdult: boolean
}

export function emptyValues(clinicStateCode: string | null): PatientFormValues {
  const values = Object.fromEntries(patientTextFields.map((field) => [field, ''])) as Record<
    PatientTextField,
    string
  >
  return {
    ...values,
    'address.state': clinicStateCode ?? '',
    birthMode: 'date',
    isGuardianIdentifiedAsAdult: false,
  }
}

/** "+919876543210" → "98765 43210": the form shows +91 beside the input. */
export function nationalMobile(phone: string | null | undefined): string {
  if (!phone) return ''
  const digits = parseIndianMobile(phone)
  return digits ? `${digits.slice(0, 5)} ${digits.slice(5)}` : phone
}

export function valuesFromPatient(patient: Patient): PatientFormValues {
  const isEstimated = patient.isDateOfBirthEstimated
  return {
    fullName: patient.fullName,
    dateOfBirth: isEstimated ? '' : formatDate(patient.dateOfBirth),
    ageYears: isEstimated ? String(patient.ageYears) : '',
    birthMode: isEstimated ? 'age' : 'date',
    sex: patient.sex,
    genderIdentity: patient.genderIdentity ?? '',
    phone: nationalMobile(patient.phone),
    email: patient.email ?? '',
    preferredLanguage: patient.preferredLanguage,
    'address.line1': patient.address.line1 ?? '',
    'address.line2': patient.address.line2 ?? '',
    'address.city': patient.address.city ?? '',
    'address.state': patient.address.stateCode ?? '',
    'address.pinCode': patient.address.pinCode ?? '',
    abhaNumber: patient.abhaNumber ?? '',
    abhaAddress: patient.abhaAddress ?? '',
    aadhaarLast4: patient.aadhaarLast4 ?? '',
    'guardian.name': patient.guardian?.name ?? '',
    'guardian.relation': patient.guardian?.relation ?? '',
    'guardian.phone': nationalMobile(patient.guardian?.phone),
    isGuardianIdentifiedAsAdult: patient.guardian?.isIdentifiedAsAdult ?? false,
    'emergencyContact.name': patient.emergencyContact?.name ?? '',
    'emergencyContact.relation': patient.emergencyContact?.relation ?? '',
    'emergencyContact.phone': nationalMobile(patient.emergencyContact?.phone),
    referralSource: patient.referralSource ?? '',
  }
}

/** A whole number of years as typed ("34"), or undefined. */
export function parseAge(text: string): number | undefined {
  const trimmed = text.trim()
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : undefined
}

/**
 * A date of birth typed as DD/MM/YYYY (also with - or .), or as eight digits (15031990), which is
 * quickest on a number pad, as YYYY-MM-DD; null if it is not a real date.
 */
export function parseBirthDate(text: string): string | null {
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(text.trim())
  return parseIndianDate(digits ? `${digits[1]}/${digits[2]}/${digits[3]}` : text)
}

/** The birth fields for the API, or null while what was typed is not usable yet. */
export function birthOf(
  values: PatientFormValues,
): { dateOfBirth: string } | { ageYears: number } | null {
  if (values.birthMode === 'age') {
    const ageYears = parseAge(values.ageYears)
    return ageYears === undefined ? null : { ageYears }
  }
  const dateOfBirth = parseBirthDate(values.dateOfBirth)
  return dateOfBirth ? { dateOfBirth } : null
}

/** The age the typed birth fields give, or undefined when they are empty or not valid yet. */
export function typedAge(values: PatientFormValues, today: string): number | undefined {
  const birth = birthOf(values)
  if (!birth) return undefined
  if ('ageYears' in birth) return birth.ageYears
  return birth.dateOfBirth > today ? undefined : ageOn(birth.dateOfBirth, today)
}

export function isTypedMinor(values: PatientFormValues, today: string): boolean {
  const age = typedAge(values, today)
  return age !== undefined && age < ADULT_AGE
}

/** The guardian section shows for children, and for anyone who already has a guardian on record. */
export function isGuardianShown(
  values: PatientFormValues,
  today: string,
  patient?: Patient,
): boolean {
  return isTypedMinor(values, today) || Boolean(patient?.guardian)
}
