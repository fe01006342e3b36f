import { describe, expect, it } from 'vitest'
import {
  formatAbhaNumber,
  isAbhaAddress,
  isPinCode,
  looksLikeFullAadhaar,
  maskAadhaar,
  normalizeAbhaNumber,
  normalizeIndianMobile,
} from './identifiers.ts'

describe('Indian identifiers', () => {
  it.each([
    ['9876543210', '+919876543210'],
    ['+91 98765 43210', '+919876543210'],
    ['098765-43210', '+919876543210'],
    ['91 6000000000', '+916000000000'],
    ['(+91) 7000-000-000', '+917000000000'],
  ])('reads the mobile %s as %s', (input, expected) => {
    expect(normalizeIndianMobile(input)).toBe(expected)
  })

  it.each(['5876543210', '987654321', '98765432101', '+44 7911 123456', 'phone'])(
    'refuses %s as an Indian mobile',
    (input) => expect(normalizeIndianMobile(input)).toBeUndefined(),
  )

  it('checks PIN codes: six digits, not starting with 0', () => {
    expect(isPinCode('560001')).toBe(true)
    expect(isPinCode('060001')).toBe(false)
    expect(isPinCode('56001')).toBe(false)
  })

  it('reads ABHA numbers with or without hyphens and shows them as XX-XXXX-XXXX-XXXX', () => {
    expect(normalizeAbhaNumber('91-1234-5678-9012')).toBe('91123456789012')
    expect(normalizeAbhaNumber('9112345678901')).toBeUndefined()
    expect(formatAbhaNumber('91123456789012')).toBe('91-1234-5678-9012')
  })

  it('checks ABHA addresses', () => {
    expect(isAbhaAddress('priya.sharma@abdm')).toBe(true)
    expect(isAbhaAddress('91123456789012@sbx')).toBe(true)
    expect(isAbhaAddress('priya@gmail.com')).toBe(false)
  })

  it('spots a full Aadhaar number and masks the last four', () => {
    expect(looksLikeFullAadhaar('2341 2341 2346')).toBe(true)
    expect(looksLikeFullAadhaar('2346')).toBe(false)
    expect(maskAadhaar('2346')).toBe('XXXX XXXX 2346')
  })
})
