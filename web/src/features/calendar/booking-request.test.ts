import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api.ts'
import {
  bookingBody,
  isOutsideHoursConflict,
  isPastRefusal,
  isPastStart,
  outcomeSteps,
  readWhen,
} from './booking-request.ts'

describe('readWhen', () => {
  it('reads a typed Indian date, 24-hour time and length', () => {
    expect(readWhen({ date: '24/11/2026', time: '10:30', duration: '30' })).toEqual({
      date: '2026-11-24',
      start: 630,
      duration: 30,
    })
  })

  it('names each field that is wrong, as the API names it', () => {
    expect(readWhen({ date: '31/02/2026', time: '25:00', duration: '2' })).toEqual({
      errors: {
        date: 'date.invalid',
        startsAt: 'calendar.timeInvalid',
        durationMinutes: 'calendar.durationInvalid',
      },
    })
  })
})

describe('bookingBody', () => {
  const choice = {
    patientId: 'p',
    doctorUserId: 'd',
    chairId: '',
    appointmentTypeId: '',
    date: '2026-11-24',
    start: 600,
    duration: 30,
    notes: ' ',
  }

  it('sends the start as an instant in the clinic’s zone and leaves out empty choices', () => {
    expect(bookingBody(choice, 'Asia/Kolkata', false)).toEqual({
      patientId: 'p',
      doctorUserId: 'd',
      startsAt: '2026-11-24T04:30:00.000Z',
      durationMinutes: 30,
    })
  })

  it('asks to book outside working hours only when told to', () => {
    expect(bookingBody(choice, 'Asia/Kolkata', true)).toMatchObject({ allowOutsideHours: true })
  })

  it('marks a past visit as a back-entry only when told to', () => {
    expect(bookingBody(choice, 'Asia/Kolkata', false)).not.toHaveProperty('isBackEntry')
    expect(bookingBody(choice, 'Asia/Kolkata', false, true)).toMatchObject({ isBackEntry: true })
  })
})

describe('isOutsideHoursConflict', () => {
  const conflict = (reason: string) =>
    new ApiError(409, 'conflict', 'x', [{ field: 'startsAt', reason, message: 'x' }])

  it('offers an override for working hours and leave, never for a double booking', () => {
    expect(isOutsideHoursConflict(conflict('appointment.outside_working_hours'))).toBe(true)
    expect(isOutsideHoursConflict(conflict('appointment.during_leave'))).toBe(true)
    expect(isOutsideHoursConflict(conflict('appointment.overlaps'))).toBe(false)
  })
})

describe('past visits', () => {
  // 24/11/2026 10:00 in Kolkata is 04:30 UTC.
  const now = new Date('2026-11-24T04:30:00.000Z')

  it('calls a start past once it is more than 5 minutes ago, as the server does', () => {
    expect(isPastStart('2026-11-24', 600, 'Asia/Kolkata', now)).toBe(false)
    expect(isPastStart('2026-11-24', 595, 'Asia/Kolkata', now)).toBe(false)
    expect(isPastStart('2026-11-24', 594, 'Asia/Kolkata', now)).toBe(true)
    expect(isPastStart('2026-11-23', 900, 'Asia/Kolkata', now)).toBe(true)
    expect(isPastStart('2026-11-25', 540, 'Asia/Kolkata', now)).toBe(false)
  })

  it('brings a recorded visit to its outcome through the steps the server allows', () => {
    expect(outcomeSteps('completed')).toEqual(['arrived', 'completed'])
    expect(outcomeSteps('no_show')).toEqual(['no_show'])
    expect(outcomeSteps('booked')).toEqual([])
  })

  it('recognises the server refusing a past start sent as a new booking', () => {
    const refusal = new ApiError(400, 'validation_failed', 'x', [
      {
        field: 'startsAt',
        reason: 'appointment.start_in_past',
        message: 'is in the past; send isBackEntry to record a past appointment',
      },
    ])
    expect(isPastRefusal(refusal)).toBe(true)
    const other = { field: 'startsAt', reason: 'appointment.overlaps', message: 'x' }
    expect(isPastRefusal(new ApiError(400, 'validation_failed', 'x', [other]))).toBe(false)
  })
})
