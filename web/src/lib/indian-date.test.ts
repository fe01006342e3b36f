import { describe, expect, it } from 'vitest'
import { parseIndianDate } from './indian-date.ts'

describe('parseIndianDate', () => {
  it('reads day first and returns an ISO calendar date', () => {
    expect(parseIndianDate('01/02/2026')).toBe('2026-02-01')
    expect(parseIndianDate(' 15/03/2026 ')).toBe('2026-03-15')
  })

  it('accepts single digits and dashes or dots as separators', () => {
    expect(parseIndianDate('5-3-2026')).toBe('2026-03-05')
    expect(parseIndianDate('05.03.2026')).toBe('2026-03-05')
  })

  it('knows leap years', () => {
    expect(parseIndianDate('29/02/2028')).toBe('2028-02-29')
    expect(parseIndianDate('29/02/2026')).toBeNull()
  })

  it('rejects impossible or incomplete dates', () => {
    for (const text of ['31/04/2026', '00/01/2026', '12/13/2026', '2026-03-15', '15/03/26', '']) {
      expect(parseIndianDate(text)).toBeNull()
    }
  })
})
