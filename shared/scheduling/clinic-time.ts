// A clinic's schedule is written in its own wall-clock time ("09:00 in Asia/Kolkata") while
// bookings are stored as UTC instants (CODE_STYLE rule 11). These helpers convert between the two
// with nothing but Intl.DateTimeFormat, so they behave the same on the server and in the browser
// and never read the machine's own zone (tests run under TZ=UTC and TZ=Asia/Kolkata).
//
// Wall-clock values are handled as "naive" milliseconds: the number Date.UTC would give for that
// calendar date and time. A zone's offset at an instant is then wall-clock ms minus instant ms.

export interface ZonedParts {
  /** 'YYYY-MM-DD' in the zone. */
  date: string
  /** 'HH:MM' (24-hour) in the zone. */
  time: string
  /** 0 = Sunday … 6 = Saturday, of `date`. */
  weekday: number
}

const minuteMs = 60_000
const dayMs = 24 * 60 * minuteMs
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/
// 24:00 is allowed (ISO 8601) so that a session can end at midnight.
const timePattern = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    try {
      // Seconds are included because some historical offsets are not whole minutes.
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
    } catch {
      throw new RangeError('timeZone: must be an IANA time zone name such as Asia/Kolkata')
    }
    formatters.set(timeZone, formatter)
  }
  return formatter
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function naiveMs(year: number, month: number, day: number, minutes = 0, seconds = 0): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime() + minutes * minuteMs + seconds * 1000
}

function parseDate(date: string): number {
  const match = datePattern.exec(date)
  const ms = match ? naiveMs(Number(match[1]), Number(match[2]), Number(match[3])) : Number.NaN
  // The round trip rejects dates such as 2026-02-30, which Date would roll into March.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError('date: must be a calendar date written YYYY-MM-DD')
  }
  return ms
}

/** Minutes after midnight for 'HH:MM' (00:00–23:59, or 24:00 for the end of the day). */
export function clockTimeToMinutes(time: string): number {
  const minutes = minutesOfClockTime(time)
  if (minutes === null) throw new RangeError('time: must be HH:MM between 00:00 and 24:00')
  return minutes
}

/** The same, or null when `time` is not such a time (for checking input without throwing). */
export function minutesOfClockTime(time: string): number | null {
  const match = timePattern.exec(time)
  if (!match) return null
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2])
}

/** The calendar date `days` after (or before, if negative) `date`, both 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
  return new Date(parseDate(date) + days * dayMs).toISOString().slice(0, 10)
}

function wallClockMs(instantMs: number, timeZone: string): number {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) parts[part.type] = part.value
  const minutes = Number(parts.hour) * 60 + Number(parts.minute)
  return naiveMs(
    Number(parts.year),
    Number(parts.month),
    Number(parts.day),
    minutes,
    Number(parts.second),
  )
}

function offsetMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000
  return wallClockMs(wholeSecond, timeZone) - wholeSecond
}

/**
 * The UTC instant of a wall-clock `time` on `date` in `timeZone`. '24:00' is midnight at the end
 * of `date`. Where clocks change the answer follows Temporal's "compatible" rule:
 * - a repeated time (autumn fall-back) gives the earlier instant, the first time the clock shows it;
 * - a skipped time (spring-forward gap) moves forward by the length of the gap, so 02:30 on a
 *   New York spring-forward day is 03:30 EDT (07:30Z). A session starting in the gap starts when
 *   the clock resumes, and never earlier than the time written.
 */
export function zonedDateTimeToUtc(date: string, time: string, timeZone: string): Date {
  const local = parseDate(date) + clockTimeToMinutes(time) * minuteMs
  // Offsets a day either side bracket any single transition near `local` (zones change at most
  // twice a year, never twice within two days).
  const before = offsetMs(local - dayMs, timeZone)
  const after = offsetMs(local + dayMs, timeZone)
  const candidates = [local - before, local - after].sort((a, b) => a - b)
  const match = candidates.find((instant) => offsetMs(instant, timeZone) === local - instant)
  // No match means `local` is in a gap: keep the offset in force before it, which lands later.
  return new Date(match ?? local - before)
}

/** 0 = Sunday … 6 = Saturday of a calendar date 'YYYY-MM-DD' (no zone involved). */
export function weekdayOf(date: string): number {
  return new Date(parseDate(date)).getUTCDay()
}

/** The wall-clock date, time and weekday of `instant` in `timeZone`. Seconds are dropped. */
export function utcToZonedParts(instant: Date, timeZone: string): ZonedParts {
  const ms = instant.getTime()
  if (Number.isNaN(ms)) throw new RangeError('instant: must be a valid Date')
  const iso = new Date(wallClockMs(ms, timeZone)).toISOString()
  const date = iso.slice(0, 10)
  return { date, time: iso.slice(11, 16), weekday: weekdayOf(date) }
}

/**
 * The instants where `date` begins and ends in `timeZone`, as a half-open range [start, end).
 * Usually 24 hours apart; 23 or 25 on a day when clocks change.
 */
export function dayBoundsUtc(date: string, timeZone: string): { start: Date; end: Date } {
  return {
    start: zonedDateTimeToUtc(date, '00:00', timeZone),
    end: zonedDateTimeToUtc(addDays(date, 1), '00:00', timeZone),
  }
}
