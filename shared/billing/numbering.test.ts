import { describe, expect, it } from 'vitest'
import {
  checkSeriesPrefix,
  DOCUMENT_NUMBER_FORMAT,
  DocumentNumberError,
  financialYearOf,
  financialYearStarting,
  formatDocumentNumber,
  maxSerial,
  maxSeriesPrefixLength,
} from './numbering.ts'

describe('financialYearOf', () => {
  it.each([
    // The last second of 31 March in India, and the first of 1 April.
    ['2026-03-31T18:29:59Z', 'Asia/Kolkata', 2025, '25-26'],
    ['2026-03-31T18:30:00Z', 'Asia/Kolkata', 2026, '26-27'],
    // The same instants in UTC are both still 31 March.
    ['2026-03-31T18:29:59Z', 'UTC', 2025, '25-26'],
    ['2026-03-31T18:30:00Z', 'UTC', 2025, '25-26'],
    ['2026-03-31T23:59:59Z', 'UTC', 2025, '25-26'],
    ['2026-04-01T00:00:00Z', 'UTC', 2026, '26-27'],
    ['2026-01-15T06:00:00Z', 'Asia/Kolkata', 2025, '25-26'],
    ['2025-12-31T18:30:00Z', 'Asia/Kolkata', 2025, '25-26'],
    ['2025-04-01T00:00:00Z', 'Asia/Kolkata', 2025, '25-26'],
    // West of UTC, 1 April UTC can still be 31 March.
    ['2026-04-01T03:00:00Z', 'America/New_York', 2025, '25-26'],
    ['1999-04-01T00:00:00Z', 'Asia/Kolkata', 1999, '99-00'],
  ])('%s in %s is FY %i (%s)', (instant, zone, startYear, label) => {
    expect(financialYearOf(new Date(instant), zone)).toMatchObject({ startYear, label })
  })

  it('gives the long label and the calendar days too', () => {
    expect(financialYearOf(new Date('2025-09-22T05:00:00Z'), 'Asia/Kolkata')).toEqual({
      startYear: 2025,
      label: '25-26',
      fullLabel: '2025-26',
      firstDay: '2025-04-01',
      lastDay: '2026-03-31',
    })
    expect(financialYearStarting(2099)).toMatchObject({ label: '99-00', fullLabel: '2099-00' })
  })

  it('refuses an unknown zone and an invalid date', () => {
    expect(() => financialYearOf(new Date(), 'Mars/Olympus')).toThrow(RangeError)
    expect(() => financialYearOf(new Date('nonsense'), 'Asia/Kolkata')).toThrow(RangeError)
  })
})

describe('formatDocumentNumber', () => {
  it.each<[string, string, number, number | undefined, string]>([
    ['INV', '25-26', 1, undefined, 'INV/25-26/0001'],
    ['INV', '25-26', 9999, undefined, 'INV/25-26/9999'],
    ['CN', '26-27', 42, undefined, 'CN/26-27/0042'],
    ['RCPT1', '25-26', 1, 4, 'RCPT1/25-26/0001'],
    ['A', '25-26', 12_345_678, 8, 'A/25-26/12345678'],
    ['B-1', '25-26', 7, 6, 'B-1/25-26/000007'],
    ['9', '25-26', 3, 1, '9/25-26/3'],
  ])('%s, %s, %i (width %s) → %s', (prefix, fy, serial, width, number) => {
    const formatted = formatDocumentNumber(prefix, fy, serial, width)
    expect(formatted).toBe(number)
    expect(formatted.length).toBeLessThanOrEqual(16)
    expect(DOCUMENT_NUMBER_FORMAT.test(formatted)).toBe(true)
  })

  it.each<[string, number, number, string]>([
    ['INV', 10_000, 4, 'serial_exhausted'],
    ['INV', 1_000_000, 5, 'serial_exhausted'],
    ['INVOIC', 1, 4, 'too_long'],
    ['INVO', 1, 6, 'too_long'],
    ['', 1, 4, 'empty'],
    ['/INV', 1, 4, 'first_character'],
    ['INV 1', 1, 4, 'characters'],
    ['INV_1', 1, 4, 'characters'],
    ['बिल', 1, 4, 'characters'],
  ])('refuses %j serial %i width %i: %s', (prefix, serial, width, code) => {
    let thrown: unknown
    try {
      formatDocumentNumber(prefix, '25-26', serial, width)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(DocumentNumberError)
    expect((thrown as DocumentNumberError).code).toBe(code)
  })

  it.each<[string, number, number]>([
    ['2025-26', 1, 4],
    ['25/26', 1, 4],
    ['25-26', 0, 4],
    ['25-26', -1, 4],
    ['25-26', 1.5, 4],
    ['25-26', 1, 0],
    ['25-26', 1, 9],
  ])('refuses FY %j, serial %d, width %d with a RangeError', (fy, serial, width) => {
    expect(() => formatDocumentNumber('INV', fy, serial, width)).toThrow(RangeError)
  })
})

describe('series prefixes', () => {
  it('leaves room for the year and the serial within 16 characters', () => {
    expect(maxSeriesPrefixLength()).toBe(5)
    expect(maxSeriesPrefixLength(8)).toBe(1)
    expect(maxSerial()).toBe(9999)
    expect(maxSerial(6)).toBe(999_999)
  })

  it.each([
    ['INV', 4, { ok: true }],
    ['CN-25', 4, { ok: true }],
    ['a/b', 4, { ok: true }],
    ['CN-25', 5, { ok: false, code: 'too_long' }],
    ['-CN', 4, { ok: false, code: 'first_character' }],
    ['CN#', 4, { ok: false, code: 'characters' }],
    ['', 4, { ok: false, code: 'empty' }],
  ])('%j at width %i', (prefix, width, expected) => {
    expect(checkSeriesPrefix(prefix, width)).toEqual(expected)
  })
})
