import type { WorkingDay } from '../../../../shared/contracts/schedule.ts'

// The hours editor works on a draft of the doctor's week and turns it back into the body of
// PUT /schedule/doctors/{userId}/hours. Pure functions, so they are tested without a browser.

export interface SessionDraft {
  /** Keeps React's rows (and the focus) attached to the right session while rows change. */
  key: number
  /** 'HH:MM' from <input type="time">, or '' while not filled in. */
  start: string
  end: string
}

/** Seven days indexed by the API's weekday: 0 = Sunday … 6 = Saturday. */
export type WeekDraft = SessionDraft[][]

export interface TimeRange {
  start: string
  end: string
}

/** Indian clinics read the week Monday to Sunday; the API counts from Sunday (0). */
export const mondayFirstWeekdays: readonly number[] = [1, 2, 3, 4, 5, 6, 0]

const monday = 1
const saturday = 6
// <input type="time"> cannot show 24:00, so a session that ends at midnight is shown ending at
// 00:00; an end of 00:00 can only mean midnight, since a session must end after it starts.
const endOfDay = '24:00'
const shownEndOfDay = '00:00'

let lastKey = 0
export function newSession(start = '', end = ''): SessionDraft {
  lastKey += 1
  return { key: lastKey, start, end }
}

/** Minutes after midnight of 'HH:MM', or null when it is not a time of day. */
export function minutesOf(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** Like minutesOf, but 00:00 as an end is midnight at the end of the day. */
export function endMinutesOf(time: string): number | null {
  return time === shownEndOfDay ? 24 * 60 : minutesOf(time)
}

/** The API's week (Sunday first) as a draft, each day's sessions in order of start. */
export function draftFromWeek(week: readonly WorkingDay[]): WeekDraft {
  return Array.from({ length: 7 }, (_, weekday) =>
    [...(week.find((day) => day.weekday === weekday)?.sessions ?? [])]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((session) =>
        newSession(session.start, session.end === endOfDay ? shownEndOfDay : session.end),
      ),
  )
}

/**
 * The PUT body. Every day is sent, Sunday first, so `week.N` in a server error is weekday N and
 * `sessions.M` is the M-th row shown for that day.
 */
export function bodyFromDraft(draft: WeekDraft, branchId?: string) {
  return {
    ...(branchId ? { branchId } : {}),
    week: draft.map((sessions, weekday) => ({
      weekday,
      sessions: sessions.map((session) => ({
        start: session.start,
        end: session.end === shownEndOfDay ? endOfDay : session.end,
      })),
    })),
  }
}

/** The name of a session's input, matching the field the server names in a 400. */
export function sessionField(weekday: number, index: number, part: 'start' | 'end'): string {
  return `week.${weekday}.sessions.${index}.${part}`
}

/** The breaks of a day: the gaps between its sessions, ignoring rows not yet filled in. */
export function breaksOf(sessions: readonly SessionDraft[]): TimeRange[] {
  const ordered = sessions
    .map((session) => ({
      session,
      start: minutesOf(session.start),
      end: endMinutesOf(session.end),
    }))
    .filter((row) => row.start !== null && row.end !== null && row.end > row.start)
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
  const breaks: TimeRange[] = []
  let latest: { minutes: number; time: string } | null = null
  for (const row of ordered) {
    const start = row.start ?? 0
    const end = row.end ?? 0
    if (latest && start > latest.minutes) {
      breaks.push({ start: latest.time, end: row.session.start })
    }
    if (!latest || end > latest.minutes) latest = { minutes: end, time: row.session.end }
  }
  return breaks
}

/** Monday's sessions copied to Tuesday–Saturday (Sunday is left as it is). */
export function copyMondayToSaturday(draft: WeekDraft): WeekDraft {
  const mondaySessions = draft[monday] ?? []
  return draft.map((sessions, weekday) =>
    weekday > monday && weekday <= saturday
      ? mondaySessions.map((session) => newSession(session.start, session.end))
      : sessions,
  )
}

export interface WeekMessages {
  required: string
  endAfterStart: string
  overlaps: string
}

/**
 * The checks the server makes, in the same words of the same fields, before sending: every
 * time filled in, each session ending after it starts, no session overlapping an earlier one.
 */
export function validateWeek(draft: WeekDraft, messages: WeekMessages): Record<string, string> {
  const errors: Record<string, string> = {}
  draft.forEach((sessions, weekday) => {
    const rows = sessions.map((session, index) => ({
      index,
      start: minutesOf(session.start),
      end: endMinutesOf(session.end),
    }))
    for (const row of rows) {
      if (row.start === null) errors[sessionField(weekday, row.index, 'start')] = messages.required
      if (row.end === null) errors[sessionField(weekday, row.index, 'end')] = messages.required
    }
    let latestEnd = -1
    const complete = rows.filter((row) => row.start !== null && row.end !== null)
    for (const row of complete.sort((a, b) => (a.start ?? 0) - (b.start ?? 0))) {
      const start = row.start ?? 0
      const end = row.end ?? 0
      if (end <= start) {
        errors[sessionField(weekday, row.index, 'end')] = messages.endAfterStart
      } else if (start < latestEnd) {
        errors[sessionField(weekday, row.index, 'start')] = messages.overlaps
      }
      latestEnd = Math.max(latestEnd, end)
    }
  })
  return errors
}
