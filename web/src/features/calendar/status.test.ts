import { describe, expect, it } from 'vitest'
import { canCancel, canReschedule, statusActions } from './status.ts'

// Tuesday 24 November 2026, 09:00 in Kolkata.
const startsAt = '2026-11-24T03:30:00.000Z'
const zone = 'Asia/Kolkata'
const at = (iso: string) => ({ now: new Date(iso), zone })

describe('status actions', () => {
  it('offers a visit’s next steps in order once the appointment has started', () => {
    const afterStart = at('2026-11-24T04:00:00Z')
    expect(statusActions({ status: 'booked', startsAt }, afterStart)).toEqual([
      'confirmed',
      'arrived',
      'no_show',
    ])
    expect(statusActions({ status: 'arrived', startsAt }, afterStart)).toEqual([
      'in_treatment',
      'completed',
    ])
    expect(statusActions({ status: 'completed', startsAt }, afterStart)).toEqual([])
  })

  it('offers only confirming the day before, and no no-show before the start time', () => {
    // 23:59 on Monday in Kolkata (18:29Z): still the day before.
    expect(statusActions({ status: 'booked', startsAt }, at('2026-11-23T18:29:00Z'))).toEqual([
      'confirmed',
    ])
    // 08:00 on the day: check in early, but not yet a no-show.
    expect(statusActions({ status: 'confirmed', startsAt }, at('2026-11-24T02:30:00Z'))).toEqual([
      'arrived',
    ])
  })

  it('cancels and moves only before the patient arrives', () => {
    expect(canCancel('confirmed')).toBe(true)
    expect(canCancel('arrived')).toBe(false)
    expect(canReschedule('booked')).toBe(true)
    expect(canReschedule('in_treatment')).toBe(false)
  })
})
