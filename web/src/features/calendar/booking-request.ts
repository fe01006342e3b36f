import type { MessageKey } from '../../i18n/messages.ts'
import { ApiError } from '../../lib/api.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'
import { clinicInstant, parseClock } from './clinic-time.ts'

/**
 * A 409 the person may override on purpose: outside the doctor's working hours, or during leave
 * or a clinic holiday. A double booking is also a 409, but never offers "Book anyway".
 */
export function isOutsideHoursConflict(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    error.issues.some((issue) => issue.message.includes('allowOutsideHours'))
  )
}

export interface WhenFields {
  date: string
  time: string
  duration: string
}

/** Messages for the fields named as the API names them, so server errors land there too. */
export type WhenErrors = Partial<Record<'date' | 'startsAt' | 'durationMinutes', MessageKey>>

/** The typed date, time and length checked: what is wrong with each, or the values. */
export function readWhen(
  fields: WhenFields,
): { date: string; start: number; duration: number } | { errors: WhenErrors } {
  const date = parseIndianDate(fields.date)
  const start = parseClock(fields.time)
  const duration = /^\d{1,3}$/.test(fields.duration.trim()) ? Number(fields.duration) : Number.NaN
  const errors: WhenErrors = {}
  if (!date) errors.date = 'date.invalid'
  if (start === null) errors.startsAt = 'calendar.timeInvalid'
  if (!(duration >= 5 && duration <= 720)) errors.durationMinutes = 'calendar.durationInvalid'
  if (!date || start === null || Object.keys(errors).length > 0) return { errors }
  return { date, start, duration }
}

export interface BookingChoice {
  patientId: string
  doctorUserId: string
  chairId: string
  appointmentTypeId: string
  date: string
  start: number
  duration: number
  notes: string
}

/** The body of POST /appointments; empty choices are left out, the start carries its instant. */
export function bookingBody(choice: BookingChoice, zone: string, allowOutsideHours: boolean) {
  return {
    patientId: choice.patientId,
    doctorUserId: choice.doctorUserId,
    ...(choice.chairId ? { chairId: choice.chairId } : {}),
    ...(choice.appointmentTypeId ? { appointmentTypeId: choice.appointmentTypeId } : {}),
    startsAt: clinicInstant(choice.date, choice.start, zone),
    durationMinutes: choice.duration,
    ...(choice.notes.trim() ? { notes: choice.notes.trim() } : {}),
    ...(allowOutsideHours ? { allowOutsideHours: true } : {}),
  }
}
