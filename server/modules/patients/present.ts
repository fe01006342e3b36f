import type {
  PatientListItem,
  Patient as PatientOut,
  PatientSummary,
} from '../../../shared/contracts/patients.ts'
import { ageOn } from '../../../shared/india/birth-date.ts'
import { formatAbhaNumber } from '../../../shared/india/identifiers.ts'
import type { Patient } from '../../db/schema.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'

export const formatPatientNumber = (value: number) => `P-${String(value).padStart(6, '0')}`

/** Decrypts and shapes a patient row: the one place a patient leaves the server. */
export function presentPatient(row: Patient, cipher: ClinicCipher, today: string): PatientOut {
  const open = (field: string, sealed: Buffer | null) =>
    sealed ? cipher.decrypt(`patients.${field}`, Buffer.from(sealed)) : null
  const openJson = <T>(field: string, sealed: Buffer | null) => {
    const value = open(field, sealed)
    return value === null ? null : (JSON.parse(value) as T)
  }
  const abhaNumber = open('abha_number', row.abha_number_cipher)
  return {
    id: row.id,
    patientNumber: formatPatientNumber(row.patient_number),
    fullName: row.full_name,
    dateOfBirth: row.date_of_birth,
    isDateOfBirthEstimated: row.is_date_of_birth_estimated,
    ageYears: ageOn(row.date_of_birth, today),
    sex: row.sex,
    genderIdentity: row.gender_identity,
    phone: open('phone', row.phone_cipher),
    email: open('email', row.email_cipher),
    address: {
      line1: row.address_line1,
      line2: row.address_line2,
      city: row.city,
      stateCode: row.state_code,
      pinCode: row.pin_code,
    },
    preferredLanguage: row.preferred_language,
    aadhaarLast4: open('aadhaar_last4', row.aadhaar_last4_cipher),
    abhaNumber: abhaNumber ? formatAbhaNumber(abhaNumber) : null,
    abhaAddress: open('abha_address', row.abha_address_cipher),
    guardian: openJson<{
      name: string
      relation: string
      phone: string
      isIdentifiedAsAdult: boolean
    }>('guardian', row.guardian_cipher),
    emergencyContact: openJson<{ name: string; relation: string; phone: string }>(
      'emergency_contact',
      row.emergency_contact_cipher,
    ),
    referralSource: row.referral_source,
    mergedIntoId: row.merged_into_id,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

export type PresentedPatient = ReturnType<typeof presentPatient>

export function presentSummary(patient: PresentedPatient): PatientSummary {
  const { id, patientNumber, fullName, dateOfBirth, ageYears, sex, phone } = patient
  return { id, patientNumber, fullName, dateOfBirth, ageYears, sex, phone }
}

/** A row of the patient list: the summary, the last visit and the registration. */
export function presentListItem(
  row: Patient & { last_visit_at: Date | null },
  cipher: ClinicCipher,
  today: string,
): PatientListItem {
  return {
    ...presentSummary(presentPatient(row, cipher, today)),
    lastVisitAt: row.last_visit_at ? new Date(row.last_visit_at).toISOString() : null,
    registeredAt: new Date(row.created_at).toISOString(),
  }
}
