import { useCallback, useEffect, useState } from 'react'
import { api } from '../../lib/api.ts'

export interface ScheduleList<T> {
  /** Null until the first answer arrives. */
  items: T[] | null
  error: unknown
  /** Loads the list again after a change; rejects if that fails. */
  reload: () => Promise<void>
}

/** A list under /api/v1/schedule (chairs, appointment types…), loaded on mount. */
export function useScheduleList<T>(path: string): ScheduleList<T> {
  const [items, setItems] = useState<T[] | null>(null)
  const [error, setError] = useState<unknown>(null)

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const loaded = await api<T[]>(`/schedule${path}`, { signal })
      setItems(loaded)
      setError(null)
    },
    [path],
  )
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal).catch((failure: unknown) => {
      if (!controller.signal.aborted) setError(failure)
    })
    return () => controller.abort()
  }, [load])

  const reload = useCallback(() => load(), [load])
  return { items, error, reload }
}
