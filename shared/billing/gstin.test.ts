import { describe, expect, it } from 'vitest'
import { checkGstin, GSTIN_FORMAT, gstinCheckCharacter } from './gstin.ts'

// Check characters computed independently (a Python Luhn mod 36 written from india-domain §3.5);
// 27AAPFU0939F1ZV is python-stdnum's documented example, 29AAFCC9980M1ZR the IRN example on gstzen.
const valid: [string, string, string][] = [
  ['27AAPFU0939F1ZV', '27', 'AAPFU0939F'],
  ['29AAFCC9980M1ZR', '29', 'AAFCC9980M'],
  ['07AAACR5055K1Z9', '07', 'AAACR5055K'],
  ['33AABCT1332L1ZL', '33', 'AABCT1332L'],
  ['24AAACG1234H2Z5', '24', 'AAACG1234H'],
  ['36AAECK4567M1Z0', '36', 'AAECK4567M'],
]

describe('gstinCheckCharacter', () => {
  it.each(valid)('gives the last character of %s', (gstin) => {
    expect(gstinCheckCharacter(gstin.slice(0, 14))).toBe(gstin.charAt(14))
  })

  it.each(['27aapfu0939f1z', '27AAPFU0939F1', '27AAPFU0939F1Z#', ''])('refuses %j', (input) => {
    expect(() => gstinCheckCharacter(input)).toThrow(RangeError)
  })
})

describe('checkGstin', () => {
  it.each(valid)('accepts %s with its state code and PAN', (gstin, stateCode, pan) => {
    expect(checkGstin(gstin)).toEqual({ ok: true, gstin, stateCode, pan })
  })

  it.each([
    ['  27aapfu0939f1zv ', '27AAPFU0939F1ZV'],
    ['29aafcc9980m1zr', '29AAFCC9980M1ZR'],
    ['\t07AAACR5055K1Z9\n', '07AAACR5055K1Z9'],
  ])('normalises %j to %s', (input, gstin) => {
    expect(checkGstin(input)).toMatchObject({ ok: true, gstin })
  })

  it.each([
    ['27AAPFU0939F1ZW', 'check_character'],
    ['27AAPFU0939F1Z1', 'check_character'],
    // Two digits swapped: Luhn catches adjacent transpositions.
    ['27AAPFU9039F1ZV', 'check_character'],
    ['72AAPFU0939F1ZV', 'check_character'],
    ['27AAPFU0939F1ZV1', 'format'],
    ['27AAPFU0939F1Z', 'format'],
    ['27 AAPFU 0939 F1ZV', 'format'],
    ['27AAPFU0939F0ZV', 'format'],
    ['27AAPFU0939F1YV', 'format'],
    ['2AAAPFU0939F1ZV', 'format'],
    ['', 'format'],
    // Valid check characters, but state 99 does not exist and the PAN serial 0000 is never issued.
    ['99AABCT1332L1Z3', 'state'],
    ['09ABCDE0000F1ZC', 'pan_serial'],
  ])('refuses %j: %s', (input, code) => {
    expect(checkGstin(input)).toEqual({ ok: false, code })
  })

  it("requires the clinic's state when a state code is given", () => {
    expect(checkGstin('27AAPFU0939F1ZV', { stateCode: '27' })).toMatchObject({ ok: true })
    expect(checkGstin('27AAPFU0939F1ZV', { stateCode: '29' })).toEqual({ ok: false, code: 'state' })
    // A wrong check character is still reported as such, whatever the state.
    expect(checkGstin('27AAPFU0939F1ZW', { stateCode: '29' })).toEqual({
      ok: false,
      code: 'check_character',
    })
  })

  it('keeps the format pattern the contracts use', () => {
    expect(GSTIN_FORMAT.test('27AAPFU0939F1ZV')).toBe(true)
    expect(GSTIN_FORMAT.test('27aapfu0939f1zv')).toBe(false)
  })
})
