import { describe, expect, it } from 'vitest'
import { DEFAULT_QUIET_HOURS, firstSendableInstant } from './quiet-hours.ts'

// Asia/Kolkata is UTC+05:30: 21:00 IST is 15:30Z and 08:00 IST is 02:30Z. These run under
// TZ=UTC and TZ=Asia/Kolkata alike; only the clinic's zone matters.
const kolkata = (instant: string) =>
  firstSendableInstant(new Date(instant), DEFAULT_QUIET_HOURS, 'Asia/Kolkata').toISOString()

describe('quiet hours hold messages until morning, clinic time', () => {
  it('sends at once during the day, up to the minute before the window', () => {
    expect(kolkata('2027-03-10T04:30:00.000Z')).toBe('2027-03-10T04:30:00.000Z') // 10:00
    expect(kolkata('2027-03-10T15:29:00.000Z')).toBe('2027-03-10T15:29:00.000Z') // 20:59
    expect(kolkata('2027-03-10T02:30:00.000Z')).toBe('2027-03-10T02:30:00.000Z') // 08:00
  })

  it('holds an evening message until 08:00 the next day', () => {
    expect(kolkata('2027-03-10T15:30:00.000Z')).toBe('2027-03-11T02:30:00.000Z') // 21:00
    expect(kolkata('2027-03-10T18:00:00.000Z')).toBe('2027-03-11T02:30:00.000Z') // 23:30
  })

  it('holds a small-hours message until 08:00 the same day, across the UTC date line', () => {
    // 00:10 IST on the 11th is 18:40Z on the 10th.
    expect(kolkata('2027-03-10T18:40:00.000Z')).toBe('2027-03-11T02:30:00.000Z')
    expect(kolkata('2027-03-11T02:29:00.000Z')).toBe('2027-03-11T02:30:00.000Z') // 07:59
  })

  it('holds across a month and a year end', () => {
    expect(kolkata('2027-12-31T17:00:00.000Z')).toBe('2028-01-01T02:30:00.000Z') // 22:30 on 31 Dec
  })

  it('keeps a window within one day, and none when start equals end', () => {
    const lunch = { start: '13:00', end: '14:00' }
    const at = (instant: string, quiet = lunch) =>
      firstSendableInstant(new Date(instant), quiet, 'Asia/Kolkata').toISOString()
    expect(at('2027-03-10T07:45:00.000Z')).toBe('2027-03-10T08:30:00.000Z') // 13:15 → 14:00
    expect(at('2027-03-10T08:30:00.000Z')).toBe('2027-03-10T08:30:00.000Z') // 14:00 itself
    expect(at('2027-03-10T18:00:00.000Z', { start: '00:00', end: '00:00' })).toBe(
      '2027-03-10T18:00:00.000Z',
    )
  })

  it('follows the clinic’s zone where clocks change (New York, spring forward 14 March 2027)', () => {
    // 22:00 EST on 13 March is 03:00Z on the 14th; 08:00 EDT on the 14th is 12:00Z.
    const held = firstSendableInstant(
      new Date('2027-03-14T03:00:00.000Z'),
      DEFAULT_QUIET_HOURS,
      'America/New_York',
    )
    expect(held.toISOString()).toBe('2027-03-14T12:00:00.000Z')
  })

  it('refuses a time that is not HH:MM, naming it', () => {
    expect(() =>
      firstSendableInstant(new Date(0), { start: '9pm', end: '08:00' }, 'Asia/Kolkata'),
    ).toThrow(/time: must be HH:MM/)
  })
})
