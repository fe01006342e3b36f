import type { AppointmentStatus } from '../scheduling/status-transitions.ts'
import { firstSendableInstant, type QuietHours } from './quiet-hours.ts'
import type { MessageKind } from './templates.ts'

/** Reminders 24 hours and 2 hours before, unless the clinic chooses other timings. */
export const DEFAULT_REMINDER_MINUTES_BEFORE: readonly number[] = [24 * 60, 2 * 60]

export interface PlannedMessage {
  kind: MessageKind
  /** When it may go out: the reminder time, held past the clinic's quiet hours. */
  dueAt: Date
  /**
   * The same appointment, kind and time always give the same key, so enqueueing twice sends
   * once; moving the appointment gives new keys (its pending reminders are replaced).
   */
  idempotencyKey: string
}

export function messageKey(appointmentId: string, kind: MessageKind, scheduledFor: Date): string {
  return `appointment:${appointmentId}:${kind}:${scheduledFor.toISOString()}`
}

/**
 * The reminders an appointment should get, as seen at `now`. None for an appointment that is
 * cancelled, missed or already under way; none whose time has passed (booked at 3 pm for 6 pm:
 * no 24-hour reminder); none that quiet hours would hold until the appointment has begun (a
 * 7:30 am visit gets no 2-hour reminder at 5:30, since 08:00 is too late).
 */
export function appointmentReminders(input: {
  appointmentId: string
  startsAt: Date
  status: AppointmentStatus
  now: Date
  minutesBefore?: readonly number[]
  quietHours: QuietHours
  timeZone: string
}): PlannedMessage[] {
  if (input.status !== 'booked' && input.status !== 'confirmed') return []
  const planned: PlannedMessage[] = []
  for (const minutes of input.minutesBefore ?? DEFAULT_REMINDER_MINUTES_BEFORE) {
    const scheduledFor = new Date(input.startsAt.getTime() - minutes * 60_000)
    if (scheduledFor <= input.now) continue
    const dueAt = firstSendableInstant(scheduledFor, input.quietHours, input.timeZone)
    if (dueAt >= input.startsAt) continue
    planned.push({
      kind: 'appointment_reminder',
      dueAt,
      idempotencyKey: messageKey(input.appointmentId, 'appointment_reminder', scheduledFor),
    })
  }
  return planned
}
