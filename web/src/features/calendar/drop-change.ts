import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import { clinicSpan } from './appointment-text.ts'
import { clinicInstant } from './clinic-time.ts'
import type { CalendarColumn } from './columns.ts'
import type { DropTarget } from './use-block-drag.ts'

/** The PATCH body for a drop: only what the drop changed. */
export function dropChange(
  appointment: Appointment,
  column: CalendarColumn,
  target: DropTarget,
  zone: string,
): Record<string, unknown> {
  const span = clinicSpan(appointment, zone)
  const body: Record<string, unknown> = {}
  if (column.date !== span.date || target.start !== span.start) {
    body.startsAt = clinicInstant(column.date, target.start, zone)
  }
  if (target.duration !== span.end - span.start) body.durationMinutes = target.duration
  if (column.doctorUserId && column.doctorUserId !== appointment.doctor.userId) {
    body.doctorUserId = column.doctorUserId
  }
  if (column.chairId !== undefined && column.chairId !== appointment.chairId) {
    body.chairId = column.chairId
  }
  return body
}
