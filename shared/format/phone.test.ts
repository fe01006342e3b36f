import { describe, expect, it } from 'vitest'
import { formatIndianMobile, parseIndianMobile } from './phone.ts'

describe('formatIndianMobile', () => {
  it('formats an E.164 Indian mobile as +91 XXXXX XXXXX', () => {
    expect(formatIndianMobile('+919876543210')).toBe('+91 98765 43210')
  })

  it('accepts the shapes receptionists type', () => {
    for (const typed of ['9876543210', '09876543210', '919876543210', '+91 98765-43210']) {
      expect(formatIndianMobile(typed)).toBe('+91 98765 43210')
    }
  })

  it('returns numbers that are not Indian mobiles unchanged', () => {
    expect(formatIndianMobile('+14155550123')).toBe('+14155550123')
    expect(formatIndianMobile('022 2345 6789')).toBe('022 2345 6789')
    expect(formatIndianMobile(' 12345 ')).toBe('12345')
  })
})

describe('parseIndianMobile', () => {
  it('returns the ten national digits or null', () => {
    expect(parseIndianMobile('+91 98765 43210')).toBe('9876543210')
    expect(parseIndianMobile('5876543210')).toBeNull()
    expect(parseIndianMobile('98765')).toBeNull()
  })
})
