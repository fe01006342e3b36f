import { useCallback, useMemo } from 'react'
import { type ZodType, z } from 'zod'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

export interface ScheduleList<T> {
  /** Null until the first answer arrives. */
  items: T[] | null
  error: unknown
  /** Loads the list again after a change; rejects if that fails. */
  reload: () => Promise<void>
}

/**
 * A list under /api/v1/schedule (chairs, appointment types…), loaded on mount; `itemSchema` is
 * the shared contract of one item (shared/contracts/schedule.ts).
 */
export function useScheduleList<T>(path: string, itemSchema: ZodType<T>): ScheduleList<T> {
  const schema = useMemo(() => z.array(itemSchema), [itemSchema])
  const list = useApiQuery(`/schedule${path}`, { schema })
  const cache = useApiCache()
  const reload = useCallback(async () => {
    await cache.invalidate(`/schedule${path}`)
  }, [cache, path])
  return { items: list.data ?? null, error: list.error ?? null, reload }
}
