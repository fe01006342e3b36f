import { useCallback } from 'react'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

export interface ScheduleList<T> {
  /** Null until the first answer arrives. */
  items: T[] | null
  error: unknown
  /** Loads the list again after a change; rejects if that fails. */
  reload: () => Promise<void>
}

/** A list under /api/v1/schedule (chairs, appointment types…), loaded on mount. */
export function useScheduleList<T>(path: string): ScheduleList<T> {
  const list = useApiQuery<T[]>(`/schedule${path}`)
  const cache = useApiCache()
  const reload = useCallback(async () => {
    await cache.invalidate(`/schedule${path}`)
  }, [cache, path])
  return { items: list.data ?? null, error: list.error ?? null, reload }
}
