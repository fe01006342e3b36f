import { useCallback } from 'react'
import { z } from 'zod'
import { type Appointment, AppointmentSchema } from '../../../../shared/contracts/appointments.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

const AppointmentListSchema = z.array(AppointmentSchema)

export type AppointmentsState =
  | { kind: 'loading' }
  | { kind: 'loaded'; appointments: Appointment[] }
  | { kind: 'failed'; error: unknown }

/**
 * The appointments on clinic-local days `from` to `to` (inclusive), optionally of one doctor.
 * `replace` swaps one appointment in place (after a move or a status change) without a reload.
 */
export function useAppointments(from: string, to: string, doctorUserId?: string) {
  const query = new URLSearchParams({ from, to })
  if (doctorUserId) query.set('doctorUserId', doctorUserId)
  const path = `/appointments?${query}`
  const appointments = useApiQuery(path, { schema: AppointmentListSchema })
  const cache = useApiCache()
  const state: AppointmentsState = appointments.isError
    ? { kind: 'failed', error: appointments.error }
    : appointments.data !== undefined
      ? { kind: 'loaded', appointments: appointments.data }
      : { kind: 'loading' }

  const replace = useCallback(
    (changed: Appointment) =>
      cache.set<Appointment[]>(path, (current) =>
        current?.map((appointment) => (appointment.id === changed.id ? changed : appointment)),
      ),
    [cache, path],
  )
  // Every day and doctor: a booking or move shows wherever the calendar looks next.
  const reload = useCallback(() => void cache.invalidate('/appointments'), [cache])
  return { state, replace, reload }
}
