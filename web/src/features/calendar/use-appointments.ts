import { useCallback, useEffect, useState } from 'react'
import { api } from '../../lib/api.ts'
import type { Appointment } from './calendar-types.ts'

export type AppointmentsState =
  | { kind: 'loading' }
  | { kind: 'loaded'; appointments: Appointment[] }
  | { kind: 'failed'; error: unknown }

/**
 * The appointments on clinic-local days `from` to `to` (inclusive), optionally of one doctor.
 * `replace` swaps one appointment in place (after a move or a status change) without a reload.
 */
export function useAppointments(from: string, to: string, doctorUserId?: string) {
  const [state, setState] = useState<AppointmentsState>({ kind: 'loading' })
  const [loads, setLoads] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `loads` count is how a reload is asked for.
  useEffect(() => {
    const controller = new AbortController()
    const query = new URLSearchParams({ from, to })
    if (doctorUserId) query.set('doctorUserId', doctorUserId)
    api<Appointment[]>(`/appointments?${query}`, { signal: controller.signal }).then(
      (appointments) => setState({ kind: 'loaded', appointments }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', error })
      },
    )
    return () => controller.abort()
  }, [from, to, doctorUserId, loads])

  const replace = useCallback((changed: Appointment) => {
    setState((current) =>
      current.kind === 'loaded'
        ? {
            kind: 'loaded',
            appointments: current.appointments.map((appointment) =>
              appointment.id === changed.id ? changed : appointment,
            ),
          }
        : current,
    )
  }, [])
  const reload = useCallback(() => setLoads((count) => count + 1), [])
  return { state, replace, reload }
}
