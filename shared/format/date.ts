// Dates are shown the Indian way, day first: "01/02/2026" is 1 February. Times use the 12-hour
// clock with lowercase "am"/"pm" ("02/01/2026, 09:05 pm"), which is what patients and staff read
// on receipts and SMS in India. We build the string from Intl parts ourselves because the
// ready-made 'en-IN' output (separators, "AM" vs "am", narrow spaces) varies between ICU versions.

import { utcToZonedParts } from '../scheduling/clinic-time.ts'

export const clinicTimeZone = 'Asia/Kolkata'

export type DateInput = Date | string

const dateOnlyPattern = /^(\d{4})-(\d{2})-(\d{2})$/

function toInstant(input: DateInput): Date {
  const date = input instanceof Date ? input : new Date(input)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(input)}`)
  return date
}

/** The instant's wall clock in the zone, by the one conversion shared/scheduling uses too. */
function zonedParts(input: Date, timeZone: string) {
  const { date, time } = utcToZonedParts(input, timeZone)
  return {
    year: date.slice(0, 4),
    month: date.slice(5, 7),
    day: date.slice(8, 10),
    hour: Number(time.slice(0, 2)),
    minute: time.slice(3, 5),
  }
}

/**
 * "DD/MM/YYYY" for an instant as seen in `timeZone` (default Asia/Kolkata).
 * A date-only string ("2026-03-15") is a calendar date, not an instant, and is shown as is.
 */
export function formatDate(date: DateInput, timeZone: string = clinicTimeZone): string {
  if (typeof date === 'string') {
    const match = dateOnlyPattern.exec(date)
    if (match) return `${match[3]}/${match[2]}/${match[1]}`
  }
  const { year, month, day } = zonedParts(toInstant(date), timeZone)
  return `${day}/${month}/${year}`
}

/** "DD/MM/YYYY, hh:mm am|pm" (12-hour clock) for an instant as seen in `timeZone`. */
export function formatDateTime(date: DateInput, timeZone: string = clinicTimeZone): string {
  const { year, month, day, hour, minute } = zonedParts(toInstant(date), timeZone)
  const period = hour < 12 ? 'am' : 'pm'
  const hour12 = String(hour % 12 === 0 ? 12 : hour % 12).padStart(2, '0')
  return `${day}/${month}/${year}, ${hour12}:${minute} ${period}`
}

/**
 * The last answer of todayInZone per zone, for the UTC minute it was asked in. Every zone in use
 * today is a whole number of minutes from UTC, so the date cannot change within a UTC minute; the
 * server asks on every request, and formatting an instant (Intl) is most of what it costs.
 */
const todayByZone = new Map<string, { minute: number; date: string }>()
const ZONES_REMEMBERED = 64

/** Today's calendar date in `timeZone` as ISO "YYYY-MM-DD" (for queries and `<input type=date>`). */
export function todayInZone(timeZone: string = clinicTimeZone, now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000)
  const known = todayByZone.get(timeZone)
  if (known?.minute === minute) return known.date
  const { year, month, day } = zonedParts(now, timeZone)
  const date = `${year}-${month}-${day}`
  if (todayByZone.size >= ZONES_REMEMBERED) todayByZone.clear()
  todayByZone.set(timeZone, { minute, date })
  return date
}
