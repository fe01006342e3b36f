import { todayInZone } from '../../../../shared/format/index.ts'
import { dayBoundsUtc } from '../../../../shared/scheduling/clinic-time.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'

/** The chart at the end of a clinic day: the instant the API reads it at, and the day shown. */
export interface AsOf {
  date: string
  instant: string
}

/**
 * The end of `text` (DD/MM/YYYY) in the clinic's zone, or why it cannot be used. The clinic's
 * day, not the browser's: a chart "as of 03/12" means what was charted by that evening.
 */
export function asOfDay(
  text: string,
  zone: string,
  now: Date,
): { asOf: AsOf } | { error: 'invalid' | 'future' } {
  const date = parseIndianDate(text)
  if (date === null) return { error: 'invalid' }
  if (date > todayInZone(zone, now)) return { error: 'future' }
  return { asOf: { date, instant: dayBoundsUtc(date, zone).end.toISOString() } }
}
