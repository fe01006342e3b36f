import { useCallback, useEffect, useState } from 'react'
import { api } from '../../lib/api.ts'
import type { AuditEvent } from '../../lib/api-types.ts'

export interface AuditFilters {
  actorUserId: string
  patientId: string
  action: string
  /** ISO calendar dates (YYYY-MM-DD) in the clinic's time zone, or ''. */
  from: string
  to: string
}

export const noFilters: AuditFilters = {
  actorUserId: '',
  patientId: '',
  action: '',
  from: '',
  to: '',
}

const PAGE_SIZE = 50

export type AuditState =
  | { kind: 'loading'; events: AuditEvent[] }
  | { kind: 'loaded'; events: AuditEvent[]; hasMore: boolean }
  | { kind: 'failed'; events: AuditEvent[]; error: unknown }

function queryFor(filters: AuditFilters, before?: number): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) })
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value)
  if (before !== undefined) params.set('before', String(before))
  return `/audit/events?${params}`
}

/** Newest events first for the filters; loadMore() pages back with before=<oldest id>. */
export function useAuditEvents(filters: AuditFilters) {
  const [state, setState] = useState<AuditState>({ kind: 'loading', events: [] })

  useEffect(() => {
    const controller = new AbortController()
    setState({ kind: 'loading', events: [] })
    api<AuditEvent[]>(queryFor(filters), { signal: controller.signal })
      .then((events) => setState({ kind: 'loaded', events, hasMore: events.length === PAGE_SIZE }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', events: [], error })
      })
    return () => controller.abort()
  }, [filters])

  const loadMore = useCallback(async () => {
    const shown = state.events
    const oldest = shown.at(-1)
    if (!oldest) return
    setState({ kind: 'loading', events: shown })
    try {
      const older = await api<AuditEvent[]>(queryFor(filters, oldest.id))
      setState({
        kind: 'loaded',
        events: [...shown, ...older],
        hasMore: older.length === PAGE_SIZE,
      })
    } catch (error) {
      setState({ kind: 'failed', events: shown, error })
    }
  }, [filters, state.events])

  return { state, loadMore }
}
