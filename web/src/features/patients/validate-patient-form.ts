import type { Patient } from '../../../../shared/contracts/patients.ts'
import { ageOn, MAX_AGE } from '../../../../shared/india/birth-date.ts'
import {
  isAbhaAddress,
  isPinCode,
  looksLikeFullAadhaar,
  normalizeAbhaNumber,
  normalizeIndianMobile,
} from '../../../../shared/india/identifiers.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import type { FieldErrors } from '../../ui/use-form.ts'
import {
  isGuardianShown,
  isTypedMinor,
  type PatientFormValues,
  type PatientTextField,
  parseAge,
  parseBirthDate,
  valuesFromPatient,
} from './patient-form-values.ts'

/**
 * Checks the form before sending, with messages in the reception's language. The server checks
 * everything again; a typed 12-digit Aadhaar number is left to it on purpose, so that its
 * refusal, which cites the law, is what the person reads.
 */
export function validatePatientForm(
  values: PatientFormValues,
  context: { today: string; patient?: Patient | undefined; t: Translate },
): FieldErrors {
  const { today, patient, t } = context
  const errors: FieldErrors = {}
  const isEmpty = (field: PatientTextField) => values[field].trim() === ''
  const mobileError = (field: PatientTextField) => {
    if (!isEmpty(field) && !normalizeIndianMobile(values[field])) {
      errors[field] = t('patients.phoneInvalid')
    }
  }

  if (isEmpty('fullName')) errors.fullName = t('form.required')
  if (values.birthMode === 'date') {
    const dateOfBirth = parseBirthDate(values.dateOfBirth)
    if (isEmpty('dateOfBirth')) errors.dateOfBirth = t('patients.dateOfBirthRequired')
    else if (!dateOfBirth) errors.dateOfBirth = t('date.invalid')
    else if (dateOfBirth > today) errors.dateOfBirth = t('patients.dateOfBirthFuture')
    else if (ageOn(dateOfBirth, today) > MAX_AGE) errors.dateOfBirth = t('patients.ageTooHigh')
  } else {
    const age = parseAge(values.ageYears)
    if (isEmpty('ageYears')) errors.ageYears = t('patients.ageRequired')
    else if (age === undefined || age > MAX_AGE) errors.ageYears = t('patients.ageInvalid')
  }
  if (!values.sex) errors.sex = t('patients.sexRequired')
  mobileError('phone')
  if (!isEmpty('email') && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
    errors.email = t('patients.emailInvalid')
  }
  if (!isEmpty('address.pinCode') && !isPinCode(values['address.pinCode'].trim())) {
    errors['address.pinCode'] = t('patients.pinInvalid')
  }
  if (!isEmpty('abhaNumber') && !normalizeAbhaNumber(values.abhaNumber)) {
    errors.abhaNumber = t('patients.abhaNumberInvalid')
  }
  if (!isEmpty('abhaAddress') && !isAbhaAddress(values.abhaAddress.trim())) {
    errors.abhaAddress = t('patients.abhaAddressInvalid')
  }
  const aadhaar = values.aadhaarLast4.trim()
  if (aadhaar && !looksLikeFullAadhaar(aadhaar) && !/^\d{4}$/.test(aadhaar)) {
    errors.aadhaarLast4 = t('patients.aadhaarInvalid')
  }

  const contactFields = (prefix: 'guardian' | 'emergencyContact') =>
    [`${prefix}.name`, `${prefix}.relation`, `${prefix}.phone`] as const
  // A child needs a guardian; any contact begun must be finished.
  const isGuardianRequired = isTypedMinor(values, today)
  for (const prefix of ['guardian', 'emergencyContact'] as const) {
    if (prefix === 'guardian' && !isGuardianShown(values, today, patient)) continue
    const fields = contactFields(prefix)
    const isBegun = fields.some((field) => !isEmpty(field))
    if (isBegun || (prefix === 'guardian' && isGuardianRequired)) {
      for (const field of fields) if (isEmpty(field)) errors[field] = t('form.required')
    }
    mobileError(`${prefix}.phone`)
  }

  // Note: the API has no way to remove a saved value yet (it refuses empty strings and nulls),
  // so clearing one is refused here rather than silently kept.
  if (patient) {
    const recorded = valuesFromPatient(patient)
    const cannotClear: PatientTextField[] = [
      'genderIdentity',
      'phone',
      'email',
      'abhaNumber',
      'abhaAddress',
      'aadhaarLast4',
      'referralSource',
      ...(patient.guardian ? contactFields('guardian') : []),
      ...(patient.emergencyContact ? contactFields('emergencyContact') : []),
    ]
    for (const field of cannotClear) {
      if (isEmpty(field) && recorded[field] !== '') errors[field] = t('patients.cannotClear')
    }
  }
  return errors
}
