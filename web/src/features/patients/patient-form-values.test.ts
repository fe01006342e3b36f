import { describe, expect, it } from 'vitest'
import {
  emptyValues,
  isGuardianShown,
  nationalMobile,
  parseAge,
  parseBirthDate,
} from './patient-form-values.ts'

const today = '2026-11-23'

describe('parseBirthDate', () => {
  it('reads DD/MM/YYYY and eight digits typed on a number pad', () => {
    expect(parseBirthDate('12/04/1990')).toBe('1990-04-12')
    expect(parseBirthDate('12041990')).toBe('1990-04-12')
    expect(parseBirthDate('31021990')).toBeNull()
  })
})

describe('parseAge', () => {
  it('takes whole years only', () => {
    expect(parseAge(' 42 ')).toBe(42)
    expect(parseAge('4.5')).toBeUndefined()
    expect(parseAge('forty')).toBeUndefined()
  })
})

describe('nationalMobile', () => {
  it('shows a stored number without the +91 the form puts beside it', () => {
    expect(nationalMobile('+919876543210')).toBe('98765 43210')
    expect(nationalMobile(null)).toBe('')
  })
})

describe('isGuardianShown', () => {
  it('shows the guardian fields once the typed age is under 18', () => {
    const values = { ...emptyValues(null), fullName: 'Aarav' }
    expect(isGuardianShown(values, today)).toBe(false)
    expect(isGuardianShown({ ...values, dateOfBirth: '01/01/2015' }, today)).toBe(true)
    expect(isGuardianShown({ ...values, dateOfBirth: '01/01/2000' }, today)).toBe(false)
    expect(isGuardianShown({ ...values, birthMode: 'age', ageYears: '17' }, today)).toBe(true)
  })
})
