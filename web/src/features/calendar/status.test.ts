import { describe, expect, it } from 'vitest'
import { canCancel, canReschedule, statusActions } from './status.ts'

describe('status actions', () => {
  it('offers a visit’s next steps in order', () => {
    expect(statusActions('booked')).toEqual(['confirmed', 'arrived', 'no_show'])
    expect(statusActions('arrived')).toEqual(['in_treatment', 'completed'])
    expect(statusActions('completed')).toEqual([])
  })

  it('cancels and moves only before the patient arrives', () => {
    expect(canCancel('confirmed')).toBe(true)
    expect(canCancel('arrived')).toBe(false)
    expect(canReschedule('booked')).toBe(true)
    expect(canReschedule('in_treatment')).toBe(false)
  })
})
