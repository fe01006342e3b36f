import { utcToZonedParts } from './clinic-time.ts'

// The way through a visit, decided once for the server (which enforces it) and the web app (which
// offers only the buttons it would accept). PRODUCT.md "Scheduling": booked → confirmed → arrived
// → in treatment → completed, with no-show for someone who never came and cancelled (with a
// reason) before they come. A completed, cancelled or no-show appointment is final; a mistaken
// no-show is corrected by booking again, so attendance stays true.
//
// Statuses also follow time, so that attendance only records what happened:
// - checking in, starting and completing happen on or after the appointment's day in the clinic's
//   own time zone (the patient may arrive early that day, or the visit be entered afterwards),
//   never on an earlier day;
// - a no-show is only known once the start time has passed.
// Confirming and cancelling are about the future and may happen any time before arrival.

export const appointmentStatuses = [
  'booked',
  'confirmed',
  'arrived',
  'in_treatment',
  'completed',
  'cancelled',
  'no_show',
] as const
export type AppointmentStatus = (typeof appointmentStatuses)[number]

const next: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  booked: ['confirmed', 'arrived', 'no_show', 'cancelled'],
  confirmed: ['arrived', 'no_show', 'cancelled'],
  arrived: ['in_treatment', 'completed'],
  in_treatment: ['completed'],
  completed: [],
  cancelled: [],
  no_show: [],
}

/** Why a change is refused: not a next step at all, too early a day, or before the start time. */
export type StatusRefusal = 'not_next_step' | 'before_appointment_day' | 'before_start'

export interface StatusTiming {
  /** The appointment's start, a UTC instant. */
  startsAt: Date | string
  /** The clinic's clock now (the app clock on the server, the browser's in the web app). */
  now: Date
  /** The clinic's IANA time zone: "the appointment's day" is the clinic's day. */
  timeZone: string
}

const visitSteps: readonly AppointmentStatus[] = ['arrived', 'in_treatment', 'completed']

/** Whether `to` follows `from` in the way through a visit, ignoring time. */
export function isNextStep(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return next[from].includes(to)
}

/** Why an appointment that is `from` cannot become `to` now, or null if it can. */
export function statusChangeRefusal(
  from: AppointmentStatus,
  to: AppointmentStatus,
  timing: StatusTiming,
): StatusRefusal | null {
  if (!isNextStep(from, to)) return 'not_next_step'
  const startsAt = new Date(timing.startsAt)
  if (visitSteps.includes(to)) {
    const today = utcToZonedParts(timing.now, timing.timeZone).date
    const day = utcToZonedParts(startsAt, timing.timeZone).date
    if (today < day) return 'before_appointment_day'
  }
  if (to === 'no_show' && timing.now.getTime() < startsAt.getTime()) return 'before_start'
  return null
}

/** The changes that can be made now, in the order of a visit (cancelling included). */
export function allowedStatusChanges(
  from: AppointmentStatus,
  timing: StatusTiming,
): AppointmentStatus[] {
  return next[from].filter((to) => statusChangeRefusal(from, to, timing) === null)
}
