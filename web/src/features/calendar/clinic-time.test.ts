import { describe, expect, it } from 'vitest'
import {
  clinicInstant,
  formatClock,
  parseClock,
  toClinicMinutes,
  weekStartOf,
} from './clinic-time.ts'

// These run under TZ=UTC (npm test) and TZ=Asia/Kolkata (npm run test:kolkata): the answers
// must not depend on the machine's zone, only on the clinic's.
describe('clinic time', () => {
  it('turns 10:30 in Kolkata into 05:00 UTC, whatever the machine’s zone', () => {
    expect(clinicInstant('2026-11-24', 630, 'Asia/Kolkata')).toBe('2026-11-24T05:00:00.000Z')
    expect(clinicInstant('2026-11-24', 630, 'UTC')).toBe('2026-11-24T10:30:00.000Z')
  })

  it('reads an instant back as the clinic’s date and minutes', () => {
    expect(toClinicMinutes('2026-11-24T05:00:00Z', 'Asia/Kolkata')).toEqual({
      date: '2026-11-24',
      minutes: 630,
      weekday: 2,
    })
    // 20:00 UTC is already the next morning in Kolkata.
    expect(toClinicMinutes('2026-11-24T20:00:00Z', 'Asia/Kolkata')).toMatchObject({
      date: '2026-11-25',
      minutes: 90,
    })
  })

  it('rolls minutes past midnight into the next day', () => {
    expect(clinicInstant('2026-11-24', 24 * 60 + 30, 'Asia/Kolkata')).toBe(
      '2026-11-24T19:00:00.000Z',
    )
  })

  it('formats and parses 24-hour clock times', () => {
    expect(formatClock(9 * 60 + 5)).toBe('09:05')
    expect(parseClock('9:30')).toBe(570)
    expect(parseClock('14.45')).toBe(885)
    expect(parseClock('24:00')).toBeNull()
    expect(parseClock('10am')).toBeNull()
  })

  it('starts a week on Monday', () => {
    expect(weekStartOf('2026-11-24')).toBe('2026-11-23')
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23')
    expect(weekStartOf('2026-11-23')).toBe('2026-11-23')
  })
})
