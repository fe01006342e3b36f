import { useEffect, useState } from 'react'
import { api } from '../../lib/api.ts'
import type { WorkingDay } from './calendar-types.ts'

/**
 * Each doctor's working week, keyed by user id, for shading the calendar. A doctor whose hours
 * could not be read is simply not shaded: the shading is a guide, the server checks bookings.
 */
export function useWorkingHours(doctorUserIds: readonly string[]): Map<string, WorkingDay[]> {
  const [hours, setHours] = useState(() => new Map<string, WorkingDay[]>())
  const key = doctorUserIds.join(',')
  // The joined ids are the dependency: a new array of the same ids must not reload.
  useEffect(() => {
    const controller = new AbortController()
    const ids = key === '' ? [] : key.split(',')
    Promise.all(
      ids.map((id) =>
        api<WorkingDay[]>(`/schedule/doctors/${id}/hours`, { signal: controller.signal }).then(
          (week) => [id, week] as const,
          () => null,
        ),
      ),
    ).then((weeks) => {
      if (controller.signal.aborted) return
      setHours(new Map(weeks.filter((week) => week !== null)))
    })
    return () => controller.abort()
  }, [key])
  return hours
}
