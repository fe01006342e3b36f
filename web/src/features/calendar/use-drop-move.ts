import { useState } from 'react'
import { type Appointment, AppointmentSchema } from '../../../../shared/contracts/appointments.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { clinicInstant, formatClock } from './clinic-time.ts'
import type { CalendarColumn } from './columns.ts'
import { dropChange } from './drop-change.ts'
import type { DropTarget } from './use-block-drag.ts'

/**
 * A dropped block moves at once on screen and is saved; if the server refuses (409: the doctor or
 * chair is taken, or it is outside working hours) it snaps back and the server's reason is shown.
 */
export function useDropMove(zone: string, replace: (appointment: Appointment) => void) {
  const t = useT()
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const drop = async (appointment: Appointment, column: CalendarColumn, target: DropTarget) => {
    const body = dropChange(appointment, column, target, zone)
    if (Object.keys(body).length === 0) return
    setError(null)
    setStatus(null)
    const startsAt = clinicInstant(column.date, target.start, zone)
    replace({
      ...appointment,
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + target.duration * 60_000).toISOString(),
      durationMinutes: target.duration,
      doctor: column.doctorUserId
        ? { userId: column.doctorUserId, fullName: column.label }
        : appointment.doctor,
      chairId: column.chairId === undefined ? appointment.chairId : column.chairId,
    })
    try {
      const moved = await api(`/appointments/${appointment.id}`, {
        schema: AppointmentSchema,
        method: 'PATCH',
        body,
      })
      replace(moved)
      setStatus(
        t('calendar.moved', { date: formatDate(column.date), time: formatClock(target.start) }),
      )
    } catch (failure) {
      replace(appointment)
      setError(apiErrorMessage(failure, t))
    }
  }
  return { drop, error, status, clear: () => setError(null) }
}
