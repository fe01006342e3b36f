import { useEffect, useState } from 'react'
import { api } from '../../lib/api.ts'
import type { AppointmentType, BookableDoctor, Chair } from './calendar-types.ts'

export interface ScheduleReferences {
  doctors: BookableDoctor[]
  chairs: Chair[]
  types: AppointmentType[]
}

export type ReferencesState =
  | { kind: 'loading' }
  | { kind: 'loaded'; references: ScheduleReferences }
  | { kind: 'failed'; error: unknown }

/** The clinic's bookable doctors, active chairs and active appointment types. */
export function useScheduleReferences(): ReferencesState {
  const [state, setState] = useState<ReferencesState>({ kind: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    Promise.all([
      api<BookableDoctor[]>('/schedule/doctors', { signal }),
      api<Chair[]>('/schedule/chairs', { signal }),
      api<AppointmentType[]>('/schedule/appointment-types', { signal }),
    ]).then(
      ([doctors, chairs, types]) =>
        setState({
          kind: 'loaded',
          references: {
            doctors,
            chairs: chairs.filter((chair) => chair.isActive),
            types: types.filter((type) => type.isActive),
          },
        }),
      (error: unknown) => {
        if (!signal.aborted) setState({ kind: 'failed', error })
      },
    )
    return () => controller.abort()
  }, [])
  return state
}
