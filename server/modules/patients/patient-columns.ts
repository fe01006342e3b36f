import type { Updateable } from 'kysely'
import type { UpdatePatient } from '../../../shared/contracts/patients.ts'
import { findState } from '../../../shared/india/states.ts'
import type { PatientsTable } from '../../db/schema.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'

type Columns = Omit<Updateable<PatientsTable>, 'clinic_id' | 'id' | 'patient_number'>

/**
 * Maps request fields to columns, sealing the identifiers with the clinic key
 * and computing their blind indexes. Only fields present in the input appear
 * in the result, so the same mapping serves create and update.
 */
export function patientColumns(input: UpdatePatient, cipher: ClinicCipher): Columns {
  // undefined: not sent, unchanged; null: cleared.
  const seal = (field: string, value: string | null | undefined) =>
    value == null ? value : cipher.encrypt(`patients.${field}`, value)
  const index = (field: string, value: string | null | undefined) =>
    value == null ? value : cipher.index(`patients.${field}`, value)
  const json = (value: object | null | undefined) => (value == null ? value : JSON.stringify(value))
  const columns: Columns = {
    full_name: input.fullName,
    sex: input.sex,
    gender_identity: input.genderIdentity,
    preferred_language: input.preferredLanguage,
    referral_source: input.referralSource,
    phone_cipher: seal('phone', input.phone),
    phone_index: index('phone', input.phone),
    email_cipher: seal('email', input.email),
    email_index: index('email', input.email),
    aadhaar_last4_cipher: seal('aadhaar_last4', input.aadhaarLast4),
    abha_number_cipher: seal('abha_number', input.abhaNumber),
    abha_number_index: index('abha_number', input.abhaNumber),
    abha_address_cipher: seal('abha_address', input.abhaAddress),
    guardian_cipher: seal('guardian', json(input.guardian)),
    emergency_contact_cipher: seal('emergency_contact', json(input.emergencyContact)),
  }
  // Only the address parts that were sent change; null clears one.
  const address = input.address
  if (address) {
    if (address.line1 !== undefined) columns.address_line1 = address.line1
    if (address.line2 !== undefined) columns.address_line2 = address.line2
    if (address.city !== undefined) columns.city = address.city
    if (address.state !== undefined) {
      columns.state_code = address.state === null ? null : (findState(address.state)?.code ?? null)
    }
    if (address.pinCode !== undefined) columns.pin_code = address.pinCode
  }
  return Object.fromEntries(
    Object.entries(columns).filter(([, value]) => value !== undefined),
  ) as Columns
}
