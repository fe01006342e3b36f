import type { ExceptionKind, ScheduleException } from '../../../../shared/contracts/schedule.ts'
import { todayInZone } from '../../../../shared/format/index.ts'
import {
  addDays,
  utcToZonedParts,
  zonedDateTimeToUtc,
} from '../../../../shared/scheduling/clinic-time.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'
import { minutesOf } from './week-draft.ts'

// Leave is stored as instants; the screen speaks in the clinic's own days and times. Pure
// functions of the clinic's time zone, never the browser's (a laptop may be set to UTC).

/** How many days ahead the leave list looks. */
export const upcomingDays = 90

/** Today and the 89 days after it, clinic-local, for GET /schedule/exceptions. */
export function upcomingRange(timeZone: string, now: Date = new Date()) {
  const from = todayInZone(timeZone, now)
  return { from, to: addDays(from, upcomingDays - 1) }
}

export type ExceptionTime =
  | { kind: 'days'; from: string; to: string }
  | { kind: 'part'; startDate: string; start: string; endDate: string; end: string }

/** Whole days (local midnight to local midnight) as first and last day; anything else as times. */
export function describeExceptionTime(
  exception: Pick<ScheduleException, 'startsAt' | 'endsAt'>,
  timeZone: string,
): ExceptionTime {
  const start = utcToZonedParts(new Date(exception.startsAt), timeZone)
  const end = utcToZonedParts(new Date(exception.endsAt), timeZone)
  if (start.time === '00:00' && end.time === '00:00' && end.date > start.date) {
    return { kind: 'days', from: start.date, to: addDays(end.date, -1) }
  }
  return {
    kind: 'part',
    startDate: start.date,
    start: start.time,
    endDate: end.date,
    end: end.time,
  }
}

export interface ExceptionValues {
  /** '' until chosen, 'clinic' for the whole clinic, else the doctor's user id. */
  who: string
  kind: ExceptionKind
  isPartOfDay: boolean
  /** DD/MM/YYYY as typed. */
  from: string
  to: string
  date: string
  /** HH:MM from <input type="time">. */
  startTime: string
  endTime: string
  note: string
}

export interface ExceptionMessages {
  required: string
  invalidDate: string
  toBeforeFrom: string
  endBeforeStart: string
}

export const wholeClinic = 'clinic'

/**
 * The body of POST /schedule/exceptions, or the errors to show first. Error keys are the names
 * the server uses (from, to, startsAt, endsAt), so its own refusals land on the same inputs.
 */
export function exceptionRequest(
  values: ExceptionValues,
  timeZone: string,
  messages: ExceptionMessages,
): { errors: Record<string, string> } | { body: Record<string, unknown> } {
  const errors: Record<string, string> = {}
  if (!values.who) errors.doctorUserId = messages.required
  const date = (field: string, text: string) => {
    const parsed = parseIndianDate(text)
    if (!parsed) errors[field] = text.trim() ? messages.invalidDate : messages.required
    return parsed
  }
  const common = {
    doctorUserId: values.who === wholeClinic ? null : values.who,
    kind: values.kind,
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  }
  if (!values.isPartOfDay) {
    const from = date('from', values.from)
    const to = date('to', values.to)
    if (from && to && to < from) errors.to = messages.toBeforeFrom
    if (Object.keys(errors).length > 0 || !from || !to) return { errors }
    return { body: { ...common, from, to } }
  }
  const day = date('date', values.date)
  const start = minutesOf(values.startTime)
  const end = minutesOf(values.endTime)
  if (start === null) errors.startsAt = messages.required
  if (end === null) errors.endsAt = messages.required
  else if (start !== null && end <= start) errors.endsAt = messages.endBeforeStart
  if (Object.keys(errors).length > 0 || !day) return { errors }
  return {
    body: {
      ...common,
      startsAt: zonedDateTimeToUtc(day, values.startTime, timeZone).toISOString(),
      endsAt: zonedDateTimeToUtc(day, values.endTime, timeZone).toISOString(),
    },
  }
}
