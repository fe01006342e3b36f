import { describe, expect, it } from 'vitest'
import { allowedStatusChanges, statusChangeRefusal } from './status-transitions.ts'

// These run under TZ=UTC and TZ=Asia/Kolkata: the appointment's day is the clinic's day, whatever
// the machine's zone. 09:00 Kolkata on Tuesday 24 November 2026 is 03:30Z, and the Kolkata day
// begins at 18:30Z on the 23rd, when it is still Monday in UTC.
const kolkata = (now: string) => ({
  startsAt: '2026-11-24T03:30:00Z',
  now: new Date(now),
  timeZone: 'Asia/Kolkata',
})

describe('statuses follow the way through a visit', () => {
  it('allows each next step and nothing after a final status', () => {
    const during = kolkata('2026-11-24T04:00:00Z')
    expect(allowedStatusChanges('booked', during)).toEqual([
      'confirmed',
      'arrived',
      'no_show',
      'cancelled',
    ])
    expect(allowedStatusChanges('arrived', during)).toEqual(['in_treatment', 'completed'])
    expect(allowedStatusChanges('completed', during)).toEqual([])
    expect(statusChangeRefusal('booked', 'completed', during)).toBe('not_next_step')
    expect(statusChangeRefusal('arrived', 'no_show', during)).toBe('not_next_step')
  })
})

describe('statuses follow time in the clinic’s zone', () => {
  it('refuses checking in, starting and completing before the appointment’s day', () => {
    const dayBefore = kolkata('2026-11-23T18:29:00Z') // 23:59 Monday in Kolkata
    expect(statusChangeRefusal('booked', 'arrived', dayBefore)).toBe('before_appointment_day')
    expect(statusChangeRefusal('arrived', 'in_treatment', dayBefore)).toBe('before_appointment_day')
    expect(statusChangeRefusal('in_treatment', 'completed', dayBefore)).toBe(
      'before_appointment_day',
    )
    // Confirming and cancelling are about the future.
    expect(allowedStatusChanges('booked', dayBefore)).toEqual(['confirmed', 'cancelled'])
  })

  it('checks in early on the clinic’s day even while it is still the day before in UTC', () => {
    const earlyMorning = kolkata('2026-11-23T18:31:00Z') // 00:01 Tuesday in Kolkata
    expect(statusChangeRefusal('booked', 'arrived', earlyMorning)).toBeNull()
    expect(statusChangeRefusal('arrived', 'completed', earlyMorning)).toBeNull()
  })

  it('refuses a no-show until the start time has passed', () => {
    expect(statusChangeRefusal('booked', 'no_show', kolkata('2026-11-24T03:29:59Z'))).toBe(
      'before_start',
    )
    expect(statusChangeRefusal('confirmed', 'no_show', kolkata('2026-11-24T03:30:00Z'))).toBeNull()
  })

  it('keeps back-entries of past appointments working', () => {
    const weekLater = kolkata('2026-12-01T10:00:00Z')
    expect(statusChangeRefusal('booked', 'arrived', weekLater)).toBeNull()
    expect(statusChangeRefusal('arrived', 'completed', weekLater)).toBeNull()
    expect(statusChangeRefusal('booked', 'no_show', weekLater)).toBeNull()
  })

  it('uses the clinic’s zone, not UTC, for the day', () => {
    // 20:00Z on the 23rd is already Tuesday in Kolkata but Monday in UTC.
    const startsAt = '2026-11-24T03:30:00Z'
    const now = new Date('2026-11-23T20:00:00Z')
    expect(statusChangeRefusal('booked', 'arrived', { startsAt, now, timeZone: 'UTC' })).toBe(
      'before_appointment_day',
    )
    expect(
      statusChangeRefusal('booked', 'arrived', { startsAt, now, timeZone: 'Asia/Kolkata' }),
    ).toBeNull()
  })
})
