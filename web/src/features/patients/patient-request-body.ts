import type { Contact, Guardian, Patient, Sex } from '../../../../shared/contracts/patients.ts'
import { normalizeAbhaNumber, normalizeIndianMobile } from '../../../../shared/india/identifiers.ts'
import { birthOf, isGuardianShown, type PatientFormValues } from './patient-form-values.ts'

// Turns the form's typed texts into request bodies: all of it to register, only what changed
// to edit.

export interface AddressBody {
  line1?: string
  line2?: string
  city?: string
  /** GST state code. */
  state?: string
  pinCode?: string
}

export interface PatientBody {
  fullName?: string
  dateOfBirth?: string
  ageYears?: number
  sex?: Sex
  genderIdentity?: string
  phone?: string
  email?: string
  address?: AddressBody
  preferredLanguage?: string
  aadhaarLast4?: string
  abhaNumber?: string
  abhaAddress?: string
  guardian?: Guardian
  emergencyContact?: Contact
  referralSource?: string
}

export interface FormContext {
  /** The clinic's today, YYYY-MM-DD. */
  today: string
  /** The state offered by default on a new registration (the clinic's own). */
  clinicStateCode?: string | null | undefined
}

const text = (value: string): string | undefined => value.trim() || undefined

/** An Indian mobile as E.164 when it is one; otherwise as typed, for the server to refuse. */
const mobile = (value: string): string | undefined =>
  text(value) === undefined ? undefined : (normalizeIndianMobile(value) ?? value.trim())

function addressOf(values: PatientFormValues): AddressBody {
  return dropUndefined({
    line1: text(values['address.line1']),
    line2: text(values['address.line2']),
    city: text(values['address.city']),
    state: text(values['address.state']),
    pinCode: text(values['address.pinCode']),
  })
}

function contactOf(values: PatientFormValues, prefix: 'guardian' | 'emergencyContact') {
  const name = values[`${prefix}.name`].trim()
  const relation = values[`${prefix}.relation`].trim()
  const phone = mobile(values[`${prefix}.phone`]) ?? ''
  return name || relation || phone ? { name, relation, phone } : undefined
}

function guardianOf(values: PatientFormValues): Guardian | undefined {
  const contact = contactOf(values, 'guardian')
  return contact && { ...contact, isIdentifiedAsAdult: values.isGuardianIdentifiedAsAdult }
}

/** Everything typed, as the body of POST /patients. */
export function toCreateBody(values: PatientFormValues, context: FormContext): PatientBody {
  const address = addressOf(values)
  const { state, ...addressLines } = address
  // The state is offered from the clinic's own; on its own, unchanged, nobody was asked for it.
  const hasAddress =
    Object.keys(addressLines).length > 0 ||
    (state !== undefined && state !== context.clinicStateCode)
  return dropUndefined({
    fullName: values.fullName.trim(),
    ...(birthOf(values) ?? {}),
    sex: (values.sex || undefined) as Sex | undefined,
    genderIdentity: text(values.genderIdentity),
    phone: mobile(values.phone),
    email: text(values.email),
    address: hasAddress ? address : undefined,
    preferredLanguage: text(values.preferredLanguage),
    aadhaarLast4: text(values.aadhaarLast4),
    abhaNumber: text(values.abhaNumber),
    abhaAddress: text(values.abhaAddress),
    guardian: isGuardianShown(values, context.today) ? guardianOf(values) : undefined,
    emergencyContact: contactOf(values, 'emergencyContact'),
    referralSource: text(values.referralSource),
  })
}

/**
 * Only what differs from the patient on record, as the body of PATCH /patients/{id}. The server
 * replaces the address, guardian and emergency contact as wholes, so a change to any part of one
 * sends all of it. Empty means nothing changed.
 */
export function toChangeBody(
  values: PatientFormValues,
  patient: Patient,
  context: FormContext,
): PatientBody {
  const change: PatientBody = {}
  const changed = (typed: string | undefined, recorded: string | null) =>
    typed !== undefined && typed !== (recorded ?? undefined)

  const fullName = values.fullName.trim()
  if (fullName !== patient.fullName) change.fullName = fullName
  const birth = birthOf(values)
  if (birth && 'dateOfBirth' in birth) {
    if (patient.isDateOfBirthEstimated || birth.dateOfBirth !== patient.dateOfBirth) {
      change.dateOfBirth = birth.dateOfBirth
    }
  } else if (birth) {
    // Sending the age again would move an estimated date of birth to today's day and month.
    if (!patient.isDateOfBirthEstimated || birth.ageYears !== patient.ageYears) {
      change.ageYears = birth.ageYears
    }
  }
  if (values.sex && values.sex !== patient.sex) change.sex = values.sex as Sex
  const genderIdentity = text(values.genderIdentity)
  if (changed(genderIdentity, patient.genderIdentity)) change.genderIdentity = genderIdentity
  const phone = mobile(values.phone)
  if (changed(phone, patient.phone)) change.phone = phone
  const email = text(values.email)
  if (changed(email?.toLowerCase(), patient.email)) change.email = email
  const preferredLanguage = text(values.preferredLanguage)
  if (changed(preferredLanguage, patient.preferredLanguage)) {
    change.preferredLanguage = preferredLanguage
  }
  const aadhaarLast4 = text(values.aadhaarLast4)
  if (changed(aadhaarLast4, patient.aadhaarLast4)) change.aadhaarLast4 = aadhaarLast4
  const abhaNumber = text(values.abhaNumber)
  if (
    abhaNumber !== undefined &&
    normalizeAbhaNumber(abhaNumber) !== normalizeAbhaNumber(patient.abhaNumber ?? '')
  ) {
    change.abhaNumber = abhaNumber
  }
  const abhaAddress = text(values.abhaAddress)
  if (changed(abhaAddress?.toLowerCase(), patient.abhaAddress)) change.abhaAddress = abhaAddress
  const referralSource = text(values.referralSource)
  if (changed(referralSource, patient.referralSource)) change.referralSource = referralSource

  const address = addressOf(values)
  const recorded = patient.address
  const recordedAddress = dropUndefined({
    line1: recorded.line1 ?? undefined,
    line2: recorded.line2 ?? undefined,
    city: recorded.city ?? undefined,
    state: recorded.stateCode ?? undefined,
    pinCode: recorded.pinCode ?? undefined,
  })
  if (!isSame(address, recordedAddress)) change.address = address

  if (isGuardianShown(values, context.today, patient)) {
    const guardian = guardianOf(values)
    if (guardian && !isSame(guardian, patient.guardian)) change.guardian = guardian
  }
  const emergencyContact = contactOf(values, 'emergencyContact')
  if (emergencyContact && !isSame(emergencyContact, patient.emergencyContact)) {
    change.emergencyContact = emergencyContact
  }
  return change
}

function isSame(a: object | null, b: object | null): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b))
}

function sortKeys(value: object | null): unknown {
  if (value === null) return null
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}
