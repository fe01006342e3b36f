import { describe, expect, it } from 'vitest'
import { boundedInt, isoDate, isoInstant, isPlainText, queryInt, text } from './primitives.ts'

describe('shared request primitives', () => {
  it('text refuses NUL and lone surrogates, and keeps its length limit', () => {
    expect(text(10).safeParse(' Meera ').data).toBe('Meera')
    expect(text(10).safeParse('a\u0000b').success).toBe(false)
    expect(text(10).safeParse('a\ud800').success).toBe(false)
    expect(text(10).safeParse('🦷 ok').success).toBe(true)
    expect(text(3).safeParse('abcd').success).toBe(false)
    expect(text(10).safeParse('  ').success).toBe(false)
    expect(text(10, { isRequired: false }).safeParse('  ').data).toBe('')
  })

  it('plain text allows paired surrogates only', () => {
    expect(isPlainText('\ud83e\uddb7')).toBe(true)
    expect(isPlainText('\udd37\ud83e')).toBe(false)
  })

  it('integers stay within int4 unless told otherwise', () => {
    expect(boundedInt().safeParse(2 ** 31 - 1).success).toBe(true)
    expect(boundedInt().safeParse(2 ** 31).success).toBe(false)
    expect(boundedInt(0).safeParse(-1).success).toBe(false)
    expect(boundedInt().safeParse(1.5).success).toBe(false)
    expect(queryInt(1, 50).safeParse('50').data).toBe(50)
    expect(queryInt(1, 50).safeParse('9007199254740993').success).toBe(false)
  })

  it('dates are real days between 1900 and 2100', () => {
    expect(isoDate().safeParse('2026-02-28').success).toBe(true)
    expect(isoDate().safeParse('2028-02-29').success).toBe(true)
    for (const bad of ['2026-02-30', '0000-00-00', '9999-12-31', '1899-12-31', '2101-01-01']) {
      expect(isoDate().safeParse(bad).success, bad).toBe(false)
    }
    const issue = isoDate().safeParse('9999-12-31').error?.issues[0]
    expect(issue).toMatchObject({
      code: 'custom',
      params: { reason: 'field.too_big', values: { maximum: '2100-12-31' } },
    })
  })

  it('instants need an offset and stay within the same years', () => {
    expect(isoInstant().safeParse('2026-11-24T10:30:00+05:30').success).toBe(true)
    expect(isoInstant().safeParse('2026-11-24T10:30:00').success).toBe(false)
    expect(isoInstant().safeParse('9999-12-31T23:59:59Z').success).toBe(false)
    expect(isoInstant().safeParse('0001-01-01T00:00:00Z').success).toBe(false)
  })
})
