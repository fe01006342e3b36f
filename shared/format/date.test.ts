import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, todayInZone } from './date.ts'

// These run under TZ=UTC and TZ=Asia/Kolkata; results must not depend on the machine's zone.

describe('formatDate', () => {
  it('uses the Asia/Kolkata day boundary (UTC+05:30)', () => {
    expect(formatDate('2026-01-01T18:29:59Z')).toBe('01/01/2026')
    expect(formatDate('2026-01-01T18:30:00Z')).toBe('02/01/2026')
    expect(formatDate(new Date('2026-01-01T18:30:00Z'))).toBe('02/01/2026')
  })

  it('formats in another zone when asked', () => {
    expect(formatDate('2026-01-01T18:30:00Z', 'UTC')).toBe('01/01/2026')
  })

  it('treats a date-only string as a calendar date, not an instant', () => {
    expect(formatDate('2026-03-15')).toBe('15/03/2026')
    expect(formatDate('2026-03-15', 'America/Los_Angeles')).toBe('15/03/2026')
  })

  it('rejects invalid dates', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError)
  })
})

describe('formatDateTime', () => {
  it('uses a 12-hour clock with lowercase am/pm in Kolkata', () => {
    expect(formatDateTime('2026-01-01T18:29:59Z')).toBe('01/01/2026, 11:59 pm')
    expect(formatDateTime('2026-01-01T18:30:00Z')).toBe('02/01/2026, 12:00 am')
    expect(formatDateTime('2026-01-02T06:30:00Z')).toBe('02/01/2026, 12:00 pm')
    expect(formatDateTime('2026-01-02T03:35:00Z')).toBe('02/01/2026, 09:05 am')
  })
})

describe('todayInZone', () => {
  it('returns the ISO calendar date in the given zone', () => {
    const beforeMidnight = new Date('2026-01-01T18:29:59Z')
    const afterMidnight = new Date('2026-01-01T18:30:00Z')
    expect(todayInZone('Asia/Kolkata', beforeMidnight)).toBe('2026-01-01')
    expect(todayInZone('Asia/Kolkata', afterMidnight)).toBe('2026-01-02')
    expect(todayInZone('UTC', afterMidnight)).toBe('2026-01-01')
  })

  it('answers from what it remembers only for the same zone and minute, whatever the order of asking', () => {
    // Kathmandu is 5:45 ahead: its midnight falls in the middle of an Indian hour.
    const instants = [
      '2026-03-31T18:14:59.999Z',
      '2026-03-31T18:15:00Z',
      '2026-03-31T18:29:59Z',
      '2026-03-31T18:30:00Z',
      '2026-03-31T18:14:30Z',
      '2026-03-31T18:30:00.500Z',
    ].map((iso) => new Date(iso))
    const expected = {
      'Asia/Kathmandu': [
        '2026-03-31',
        '2026-04-01',
        '2026-04-01',
        '2026-04-01',
        '2026-03-31',
        '2026-04-01',
      ],
      'Asia/Kolkata': [
        '2026-03-31',
        '2026-03-31',
        '2026-03-31',
        '2026-04-01',
        '2026-03-31',
        '2026-04-01',
      ],
      UTC: ['2026-03-31', '2026-03-31', '2026-03-31', '2026-03-31', '2026-03-31', '2026-03-31'],
    }
    for (const [index, instant] of instants.entries()) {
      for (const [zone, dates] of Object.entries(expected)) {
        expect(todayInZone(zone, instant), `${zone} at ${instant.toISOString()}`).toBe(dates[index])
      }
    }
    expect(() => todayInZone('Asia/Kolkata', new Date(Number.NaN))).toThrow(RangeError)
  })

  it('defaults to Asia/Kolkata and the current time', () => {
    expect(todayInZone()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})
