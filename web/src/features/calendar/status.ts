import type { MessageKey } from '../../i18n/messages.ts'
import type { AppointmentStatus, StatusChange } from './calendar-types.ts'

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

// The way through a visit, as the server allows it (server/modules/appointments/change-status.ts):
// booked → confirmed → arrived → in treatment → completed; no-show and cancel before arrival.
const next: Record<AppointmentStatus, readonly (StatusChange | 'cancelled')[]> = {
  booked: ['confirmed', 'arrived', 'no_show', 'cancelled'],
  confirmed: ['arrived', 'no_show', 'cancelled'],
  arrived: ['in_treatment', 'completed'],
  in_treatment: ['completed'],
  completed: [],
  cancelled: [],
  no_show: [],
}

/** The status changes offered for an appointment that is `status`, in the order of a visit. */
export function statusActions(status: AppointmentStatus): StatusChange[] {
  return next[status].filter((to): to is StatusChange => to !== 'cancelled')
}

export function canCancel(status: AppointmentStatus): boolean {
  return next[status].includes('cancelled')
}

/** Only a booked or confirmed appointment can be moved or resized. */
export function canReschedule(status: AppointmentStatus): boolean {
  return status === 'booked' || status === 'confirmed'
}

/** The button label of each change: "Check in", not "arrived". */
export const actionLabelKey = (status: StatusChange): MessageKey => `calendar.action.${status}`
