import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api.ts'
import { bookingBody, isOutsideHoursConflict, readWhen } from './booking-request.ts'

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
})

describe('isOutsideHoursConflict', () => {
  const conflict = (message: string) =>
    new ApiError(409, 'conflict', 'x', [{ field: 'startsAt', message }])

  it('offers an override for working hours and leave, never for a double booking', () => {
    expect(
      isOutsideHoursConflict(
        conflict('is outside working hours; send allowOutsideHours to override'),
      ),
    ).toBe(true)
    expect(isOutsideHoursConflict(conflict('overlaps an appointment from 10:00 to 10:30'))).toBe(
      false,
    )
  })
})
