import { useCallback } from 'react'
import { z } from 'zod'
import { type AuditEvent, AuditEventSchema } from '../../../../shared/contracts/audit.ts'
import { useApiPages } from '../../lib/query.ts'

const EventPageSchema = z.array(AuditEventSchema)

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
  const pages = useApiPages(
    (before: number | undefined) => queryFor(filters, before),
    (page) => (page.length === PAGE_SIZE ? page.at(-1)?.id : undefined),
    EventPageSchema,
  )
  const events = pages.data?.pages.flat() ?? []
  const state: AuditState = pages.isError
    ? { kind: 'failed', events, error: pages.error }
    : pages.isFetching || !pages.isSuccess
      ? { kind: 'loading', events }
      : { kind: 'loaded', events, hasMore: pages.hasNextPage }

  const loadMore = useCallback(async () => {
    await pages.fetchNextPage()
  }, [pages.fetchNextPage])

  return { state, loadMore }
}
