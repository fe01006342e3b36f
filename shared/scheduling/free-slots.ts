// A doctor's free appointment slots for one clinic day (issue #5, item 4). Pure: the caller loads
// the weekday's sessions, leave and bookings; this only does the arithmetic, so the booking
// endpoint and the web calendar agree on what "free" means.
//
// Sessions are wall-clock times in the clinic's zone; everything else is UTC instants. Candidate
// starts are counted in real elapsed time from each session's start instant, so on a day when
// clocks change a 30-minute slot is still 30 minutes long.

import { clockTimeToMinutes, zonedDateTimeToUtc } from './clinic-time.ts'

/** A working session in local wall time, 'HH:MM' (end may be '24:00'), start < end. */
export interface WorkingSession {
  start: string
  end: string
}

/** A half-open interval [start, end) of UTC instants: a booking or partial-day leave. */
export interface Busy {
  start: Date
  end: Date
}

export interface FreeSlotsInput {
  /** 'YYYY-MM-DD' in the clinic's time zone. */
  date: string
  /** IANA zone, e.g. 'Asia/Kolkata'. */
  timeZone: string
  /** The doctor's sessions for that weekday; breaks are the gaps between them. */
  sessions: WorkingSession[]
  /** Leave or a holiday covering the whole day. */
  isDayOff: boolean
  /** Bookings of the doctor (and of a chair, if any) and partial-day leave, as instants. */
  busy: Busy[]
  /** 5 to 480. */
  durationMinutes: number
  /** Spacing of candidate starts from each session's start: default 15, or the duration if smaller. */
  stepMinutes?: number
  /** No slot starts before this instant (usually now). */
  notBefore?: Date
}

export interface FreeSlot {
  start: Date
  end: Date
}

export const MIN_DURATION_MINUTES = 5
export const MAX_DURATION_MINUTES = 480
const defaultStepMinutes = 15
const minuteMs = 60_000

interface Range {
  start: number
  end: number
}

/**
 * Sorts intervals and joins those that overlap or touch. With half-open intervals [a, b) and
 * [b, c) cover exactly [a, c), so joining touching ones changes nothing about what is blocked.
 */
export function mergeIntervals(intervals: readonly Busy[]): Busy[] {
  const sorted = intervals
    .map((interval) => ({ start: interval.start.getTime(), end: interval.end.getTime() }))
    .sort((a, b) => a.start - b.start)
  const merged: Range[] = []
  for (const interval of sorted) {
    const last = merged.at(-1)
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end)
    else merged.push({ ...interval })
  }
  return merged.map((range) => ({ start: new Date(range.start), end: new Date(range.end) }))
}

function checkWholeMinutes(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${field}: must be a whole number of minutes from ${min} to ${max}`)
  }
}

// clockTimeToMinutes names the field "time"; say which session and which end instead.
function minutesOf(field: string, time: string): number {
  try {
    return clockTimeToMinutes(time)
  } catch {
    throw new RangeError(`${field}: must be HH:MM between 00:00 and 24:00`)
  }
}

function sessionRanges(input: FreeSlotsInput): Range[] {
  const ranges = input.sessions.map((session, index) => {
    const field = `sessions[${index}]`
    if (minutesOf(`${field}.end`, session.end) <= minutesOf(`${field}.start`, session.start)) {
      throw new RangeError(`${field}: end must be after start`)
    }
    return {
      start: zonedDateTimeToUtc(input.date, session.start, input.timeZone).getTime(),
      end: zonedDateTimeToUtc(input.date, session.end, input.timeZone).getTime(),
    }
  })
  ranges.sort((a, b) => a.start - b.start)
  // Overlapping sessions are a schedule-editing mistake: "inside one session" would be ambiguous.
  for (let index = 1; index < ranges.length; index++) {
    if ((ranges[index]?.start ?? 0) < (ranges[index - 1]?.end ?? 0)) {
      throw new RangeError('sessions: must not overlap')
    }
  }
  return ranges
}

function checkBusy(busy: readonly Busy[]): void {
  busy.forEach((interval, index) => {
    const [start, end] = [interval.start.getTime(), interval.end.getTime()]
    if (Number.isNaN(start) || Number.isNaN(end)) {
      throw new RangeError(`busy[${index}]: start and end must be valid dates`)
    }
    if (end <= start) throw new RangeError(`busy[${index}]: end must be after start`)
  })
}

/**
 * Free slots of `durationMinutes` on `date`, ascending. A slot lies wholly inside one session
 * (never across a break), overlaps no busy interval (all intervals half-open, so a booking ending
 * at 10:00 leaves a 10:00 slot free) and starts at or after `notBefore`, rounded up to the next
 * aligned start. Throws RangeError for malformed input, even on a day off.
 */
export function freeSlots(input: FreeSlotsInput): FreeSlot[] {
  checkWholeMinutes(
    'durationMinutes',
    input.durationMinutes,
    MIN_DURATION_MINUTES,
    MAX_DURATION_MINUTES,
  )
  const stepMinutes = input.stepMinutes ?? Math.min(defaultStepMinutes, input.durationMinutes)
  checkWholeMinutes('stepMinutes', stepMinutes, 1, MAX_DURATION_MINUTES)
  const notBefore = input.notBefore?.getTime() ?? Number.NEGATIVE_INFINITY
  if (Number.isNaN(notBefore)) throw new RangeError('notBefore: must be a valid date')
  checkBusy(input.busy)
  // Checks date and timeZone even when there are no sessions to convert.
  zonedDateTimeToUtc(input.date, '00:00', input.timeZone)
  const sessions = sessionRanges(input)
  if (input.isDayOff) return []

  const duration = input.durationMinutes * minuteMs
  const step = stepMinutes * minuteMs
  const busy = mergeIntervals(input.busy).map((b) => ({
    start: b.start.getTime(),
    end: b.end.getTime(),
  }))
  const slots: FreeSlot[] = []
  // Sessions are sorted and disjoint, so candidates only move forward and one pointer into the
  // merged busy list is enough: skip intervals that end by the candidate's start; the next one
  // (if any) is the only one that can overlap, and it does when it starts before the slot ends.
  let next = 0
  for (const session of sessions) {
    const firstStep = Math.max(0, Math.ceil((notBefore - session.start) / step))
    for (
      let start = session.start + firstStep * step;
      start + duration <= session.end;
      start += step
    ) {
      while ((busy[next]?.end ?? Number.POSITIVE_INFINITY) <= start) next++
      const blocker = busy[next]
      if (blocker && blocker.start < start + duration) continue
      slots.push({ start: new Date(start), end: new Date(start + duration) })
    }
  }
  return slots
}
