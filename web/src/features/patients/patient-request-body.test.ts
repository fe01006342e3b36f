import { describe, expect, it } from 'vitest'
import type { Patient } from '../../../../shared/contracts/patients.ts'
import {
  emptyValues,
  isGuardianShown,
  type PatientFormValues,
  valuesFromPatient,
} from './patient-form-values.ts'
import { toChangeBody, toCreateBody } from './patient-request-body.ts'

const today = '2026-11-23'

const priya: Patient = {
  id: '6f1d2a34-0000-4000-8000-000000000001',
  patientNumber: 'P-000001',
  fullName: 'Priya Sharma',
  dateOfBirth: '1990-04-12',
  isDateOfBirthEstimated: false,
  ageYears: 36,
  sex: 'female',
  genderIdentity: null,
  phone: '+919876543210',
  email: 'priya@example.in',
  address: {
    line1: '12 MG Road',
    line2: null,
    city: 'Bengaluru',
    stateCode: '29',
    pinCode: '560001',
  },
  preferredLanguage: 'hi',
  aadhaarLast4: '2346',
  abhaNumber: '91-1234-5678-9012',
  abhaAddress: 'priya@abdm',
  guardian: null,
  emergencyContact: { name: 'Rahul Sharma', relation: 'husband', phone: '+919876500000' },
  referralSource: null,
  mergedIntoId: null,
  createdAt: '2026-11-23T05:00:00.000Z',
  updatedAt: '2026-11-23T05:00:00.000Z',
}

function typed(changes: Partial<PatientFormValues>): PatientFormValues {
  return { ...emptyValues('29'), ...changes }
}

describe('toCreateBody', () => {
  it('sends what was typed, with the mobile number as E.164 and nothing for empty fields', () => {
    const body = toCreateBody(
      typed({
        fullName: '  Priya Sharma ',
        dateOfBirth: '12/04/1990',
        sex: 'female',
        phone: '098765 43210',
        'address.city': 'Bengaluru',
      }),
      { today, clinicStateCode: '29' },
    )
    expect(body).toEqual({
      fullName: 'Priya Sharma',
      dateOfBirth: '1990-04-12',
      sex: 'female',
      phone: '+919876543210',
      address: { city: 'Bengaluru', state: '29' },
    })
  })

  it('leaves out the clinic state offered by default when no address was typed', () => {
    const body = toCreateBody(typed({ fullName: 'A', ageYears: '40', birthMode: 'age' }), {
      today,
      clinicStateCode: '29',
    })
    expect(body).toEqual({ fullName: 'A', ageYears: 40 })
  })

  it('sends a guardian for a child only', () => {
    const guardian = {
      'guardian.name': 'Lakshmi Nair',
      'guardian.relation': 'mother',
      'guardian.phone': '9123456780',
      isGuardianIdentifiedAsAdult: true,
    }
    const child = typed({ ...guardian, fullName: 'Aarav', birthMode: 'age', ageYears: '9' })
    expect(toCreateBody(child, { today }).guardian).toEqual({
      name: 'Lakshmi Nair',
      relation: 'mother',
      phone: '+919123456780',
      isIdentifiedAsAdult: true,
    })
    const adult = { ...child, ageYears: '30' }
    expect(isGuardianShown(adult, today)).toBe(false)
    expect(toCreateBody(adult, { today }).guardian).toBeUndefined()
  })
})

describe('toChangeBody', () => {
  it('is empty when nothing was changed', () => {
    expect(toChangeBody(valuesFromPatient(priya), priya, { today })).toEqual({})
  })

  it('sends the whole address when one part of it changes, since the server replaces it', () => {
    const values = { ...valuesFromPatient(priya), 'address.city': 'Mysuru' }
    expect(toChangeBody(values, priya, { today })).toEqual({
      address: { line1: '12 MG Road', city: 'Mysuru', state: '29', pinCode: '560001' },
    })
  })

  it('compares identifiers as the server stores them, not as typed', () => {
    const values = {
      ...valuesFromPatient(priya),
      phone: '+91 98765-43210',
      abhaNumber: '91123456789012',
      email: 'PRIYA@example.in',
    }
    expect(toChangeBody(values, priya, { today })).toEqual({})
  })

  it('does not resend an unchanged estimated age, which would move the estimated birthday', () => {
    const estimated = { ...priya, isDateOfBirthEstimated: true, ageYears: 36 }
    const values = valuesFromPatient(estimated)
    expect(values.birthMode).toBe('age')
    expect(toChangeBody(values, estimated, { today })).toEqual({})
    expect(toChangeBody({ ...values, ageYears: '37' }, estimated, { today })).toEqual({
      ageYears: 37,
    })
  })
})
