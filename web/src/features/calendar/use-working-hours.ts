import { useCallback } from 'react'
import { z } from 'zod'
import { type WorkingDay, WorkingDaySchema } from '../../../../shared/contracts/schedule.ts'
import { useApiQueries } from '../../lib/query.ts'

const WeekListSchema = z.array(WorkingDaySchema)

/**
 * Each doctor's working week, keyed by user id, for shading the calendar. A doctor whose hours
 * could not be read is simply not shaded: the shading is a guide, the server checks bookings.
 */
export function useWorkingHours(doctorUserIds: readonly string[]): Map<string, WorkingDay[]> {
  // The joined ids are the dependency: a new array of the same ids must not reload.
  const key = doctorUserIds.join(',')
  const ids = key === '' ? [] : key.split(',')
  const toMap = useCallback(
    (weeks: (WorkingDay[] | undefined)[]) => {
      const hours = new Map<string, WorkingDay[]>()
      const shown = key === '' ? [] : key.split(',')
      shown.forEach((id, index) => {
        const week = weeks[index]
        if (week) hours.set(id, week)
      })
      return hours
    },
    [key],
  )
  return useApiQueries(
    ids.map((id) => `/schedule/doctors/${id}/hours`),
    WeekListSchema,
    toMap,
  )
}
