import { describe, expect, it } from 'vitest'
import { ageOn, estimatedBirthDate } from './birth-date.ts'

describe('birth dates', () => {
  it('counts age in whole years, the birthday itself included', () => {
    expect(ageOn('2000-11-23', '2026-11-23')).toBe(26)
    expect(ageOn('2000-11-24', '2026-11-23')).toBe(25)
    expect(ageOn('2008-03-15', '2026-12-01')).toBe(18)
  })

  it('counts a 29 February birthday from 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
  })

  it('gives 0 in the first year of life', () => {
    expect(ageOn('2026-01-10', '2026-11-23')).toBe(0)
  })

  it('estimates a date of birth from an age', () => {
    expect(estimatedBirthDate(40, '2026-11-23')).toBe('1986-11-23')
    expect(estimatedBirthDate(1, '2028-02-29')).toBe('2027-02-28')
    expect(ageOn(estimatedBirthDate(40, '2026-11-23'), '2026-11-23')).toBe(40)
  })
})
