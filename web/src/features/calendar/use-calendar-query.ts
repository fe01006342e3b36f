import { useSearchParams } from 'react-router'
import type { ColumnMode } from './columns.ts'

export type CalendarView = 'day' | 'week'

const datePattern = /^\d{4}-\d{2}-\d{2}$/

export interface CalendarQuery {
  date: string
  view: CalendarView
  mode: ColumnMode
  /** The doctor shown: the week view's doctor, or the only column of the day view. */
  doctorUserId: string
}

/**
 * What the calendar shows lives in the query string (?date=2026-11-24&view=week&by=chair&doctor=…),
 * so a reload or a shared link opens the same page. Only ids and dates: no personal data.
 */
export function useCalendarQuery(today: string) {
  const [params, setParams] = useSearchParams()
  const date = params.get('date') ?? ''
  const query: CalendarQuery = {
    date: datePattern.test(date) ? date : today,
    view: params.get('view') === 'week' ? 'week' : 'day',
    mode: params.get('by') === 'chair' ? 'chair' : 'doctor',
    doctorUserId: params.get('doctor') ?? '',
  }
  const change = (next: Partial<CalendarQuery>) => {
    const merged = { ...query, ...next }
    const search: Record<string, string> = {}
    if (merged.date !== today) search.date = merged.date
    if (merged.view === 'week') search.view = 'week'
    if (merged.mode === 'chair') search.by = 'chair'
    if (merged.doctorUserId) search.doctor = merged.doctorUserId
    setParams(search, { replace: true })
  }
  return { query, change }
}
