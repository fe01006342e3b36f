import type {
  Appointment,
  AppointmentStatus,
  StatusChange,
} from '../../../../shared/contracts/appointments.ts'
import {
  allowedStatusChanges,
  isNextStep,
} from '../../../../shared/scheduling/status-transitions.ts'
import type { MessageKey } from '../../i18n/messages.ts'

// A status is shown by an icon and its word, never by colour alone (WCAG 1.4.1).
export const statusIcon: Record<AppointmentStatus, string> = {
  booked: '○',
  confirmed: '✓',
  arrived: '●',
  in_treatment: '◐',
  completed: '✔',
  cancelled: '✕',
  no_show: '⊘',
}

export const statusLabelKey = (status: AppointmentStatus): MessageKey => `calendar.status.${status}`

/** When an appointment's status may change: its start, the clinic's clock and time zone. */
export interface StatusClock {
  now: Date
  zone: string
}

/**
 * The status changes offered for `appointment` now, in the order of a visit: the server's own
 * rules (shared/scheduling/status-transitions.ts), so no button is offered that it would refuse,
 * such as checking in tomorrow's patient or marking a no-show before the start time.
 */
export function statusActions(
  appointment: Pick<Appointment, 'status' | 'startsAt'>,
  clock: StatusClock,
): StatusChange[] {
  return allowedStatusChanges(appointment.status, {
    startsAt: appointment.startsAt,
    now: clock.now,
    timeZone: clock.zone,
  }).filter((to): to is StatusChange => to !== 'cancelled' && to !== 'booked')
}

export function canCancel(status: AppointmentStatus): boolean {
  return isNextStep(status, 'cancelled')
}

/** Only a booked or confirmed appointment can be moved or resized. */
export function canReschedule(status: AppointmentStatus): boolean {
  return status === 'booked' || status === 'confirmed'
}

/** The button label of each change: "Check in", not "arrived". */
export const actionLabelKey = (status: StatusChange): MessageKey => `calendar.action.${status}`
