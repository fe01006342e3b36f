import type { StatusChange } from '../../../../shared/contracts/appointments.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { ApiError } from '../../lib/api.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'
import { clinicInstant, parseClock } from './clinic-time.ts'

/**
 * A 409 the person may override on purpose: outside the doctor's working hours, or during leave
 * or a clinic holiday. A double booking is also a 409, but never offers "Book anyway".
 */
const OVERRIDABLE = new Set(['appointment.outside_working_hours', 'appointment.during_leave'])

export function isOutsideHoursConflict(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    error.issues.some((issue) => OVERRIDABLE.has(issue.reason ?? ''))
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

// The server takes a start up to 5 minutes ago as a normal booking (a clock a little behind, a
// form filled slowly); earlier than that it must be sent as a back-entry
// (server/modules/appointments/book-appointment.ts). The form uses the same line.
const PAST_GRACE_MS = 5 * 60_000

/** Whether a start (a UTC instant) has passed, so booking it records a past visit. */
export function isPastInstant(startsAt: string, now: Date): boolean {
  return Date.parse(startsAt) < now.getTime() - PAST_GRACE_MS
}

/** The same for a clinic-local date and start, as typed in the booking form. */
export function isPastStart(date: string, start: number, zone: string, now: Date): boolean {
  return isPastInstant(clinicInstant(date, start, zone), now)
}

/** What is known about a past visit being recorded: it happened, the patient did not come, or not yet. */
export const pastOutcomes = ['completed', 'no_show', 'booked'] as const
export type PastOutcome = (typeof pastOutcomes)[number]

/**
 * The status changes that bring a just-recorded past visit to its outcome, in order. The server
 * books every appointment as booked; a visit then goes booked → checked in → completed.
 */
export function outcomeSteps(outcome: PastOutcome): StatusChange[] {
  if (outcome === 'completed') return ['arrived', 'completed']
  if (outcome === 'no_show') return ['no_show']
  return []
}

/** The 400 the server gives a start in the past sent without isBackEntry (a clock ahead of ours). */
export function isPastRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 400 &&
    error.issues.some((issue) => issue.reason === 'appointment.start_in_past')
  )
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
export function bookingBody(
  choice: BookingChoice,
  zone: string,
  allowOutsideHours: boolean,
  isBackEntry = false,
) {
  return {
    patientId: choice.patientId,
    doctorUserId: choice.doctorUserId,
    ...(choice.chairId ? { chairId: choice.chairId } : {}),
    ...(choice.appointmentTypeId ? { appointmentTypeId: choice.appointmentTypeId } : {}),
    startsAt: clinicInstant(choice.date, choice.start, zone),
    durationMinutes: choice.duration,
    ...(choice.notes.trim() ? { notes: choice.notes.trim() } : {}),
    ...(allowOutsideHours ? { allowOutsideHours: true } : {}),
    ...(isBackEntry ? { isBackEntry: true } : {}),
  }
}
