import { describe, expect, it } from 'vitest'
import type { Patient } from '../../../../shared/contracts/patients.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { emptyValues, type PatientFormValues, valuesFromPatient } from './patient-form-values.ts'
import { validatePatientForm } from './validate-patient-form.ts'

const today = '2026-11-23'
// The message keys stand in for translated messages.
const t = (key: MessageKey) => key

function errorsFor(changes: Partial<PatientFormValues>, patient?: Patient) {
  const values = { ...emptyValues('29'), ...changes }
  return validatePatientForm(values, { today, patient, t })
}

const adult = { fullName: 'Priya Sharma', dateOfBirth: '12/04/1990', sex: 'female' }

describe('validatePatientForm', () => {
  it('asks for the name, the date of birth or age, and the sex', () => {
    expect(errorsFor({})).toEqual({
      fullName: 'form.required',
      dateOfBirth: 'patients.dateOfBirthRequired',
      sex: 'patients.sexRequired',
    })
    expect(errorsFor(adult)).toEqual({})
  })

  it('refuses impossible and future dates of birth', () => {
    expect(errorsFor({ ...adult, dateOfBirth: '31/02/1990' }).dateOfBirth).toBe('date.invalid')
    expect(errorsFor({ ...adult, dateOfBirth: '01/01/2027' }).dateOfBirth).toBe(
      'patients.dateOfBirthFuture',
    )
  })

  it('checks Indian formats of phone, PIN and ABHA', () => {
    const errors = errorsFor({
      ...adult,
      phone: '12345',
      'address.pinCode': '012345',
      abhaNumber: '1234',
      abhaAddress: 'priya',
    })
    expect(errors).toEqual({
      phone: 'patients.phoneInvalid',
      'address.pinCode': 'patients.pinInvalid',
      abhaNumber: 'patients.abhaNumberInvalid',
      abhaAddress: 'patients.abhaAddressInvalid',
    })
  })

  it('leaves a full Aadhaar number for the server to refuse, with the law it cites', () => {
    expect(errorsFor({ ...adult, aadhaarLast4: '2345 6789 0123' })).toEqual({})
    expect(errorsFor({ ...adult, aadhaarLast4: '123' }).aadhaarLast4).toBe(
      'patients.aadhaarInvalid',
    )
  })

  it('requires a guardian for a child', () => {
    const errors = errorsFor({ ...adult, dateOfBirth: '01/01/2015' })
    expect(errors).toEqual({
      'guardian.name': 'form.required',
      'guardian.relation': 'form.required',
      'guardian.phone': 'form.required',
    })
  })

  it('asks for a whole emergency contact once one is begun', () => {
    expect(errorsFor({ ...adult, 'emergencyContact.name': 'Rahul' })).toEqual({
      'emergencyContact.relation': 'form.required',
      'emergencyContact.phone': 'form.required',
    })
  })

  it('refuses to clear a saved value the API cannot remove', () => {
    const patient = {
      id: 'x',
      patientNumber: 'P-000001',
      fullName: 'Priya Sharma',
      dateOfBirth: '1990-04-12',
      isDateOfBirthEstimated: false,
      ageYears: 36,
      sex: 'female',
      genderIdentity: null,
      phone: '+919876543210',
      email: null,
      address: { line1: null, line2: null, city: null, stateCode: null, pinCode: null },
      preferredLanguage: 'en',
      aadhaarLast4: null,
      abhaNumber: null,
      abhaAddress: null,
      guardian: null,
      emergencyContact: null,
      referralSource: null,
      mergedIntoId: null,
      createdAt: '',
      updatedAt: '',
    } satisfies Patient
    const values = { ...valuesFromPatient(patient), phone: '' }
    expect(validatePatientForm(values, { today, patient, t })).toEqual({
      phone: 'patients.cannotClear',
    })
  })
})
