import {
  addDays,
  clockTimeToMinutes,
  utcToZonedParts,
  zonedDateTimeToUtc,
} from '../scheduling/clinic-time.ts'

/**
 * Quiet hours: a clinic-local window in which no message goes out; a message due inside it is
 * held until the window ends (issue #14, PRODUCT.md §9). The default is 21:00–08:00 clinic
 * time; each clinic can change it. A reminder that wakes a patient at midnight costs the clinic
 * more goodwill than it saves in no-shows.
 */
export interface QuietHours {
  /** 'HH:MM', clinic wall-clock time; equal to `end` means no quiet hours. */
  start: string
  end: string
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' }

/** The first instant at or after `due` that is outside the quiet hours in `timeZone`. */
export function firstSendableInstant(due: Date, quiet: QuietHours, timeZone: string): Date {
  const start = clockTimeToMinutes(quiet.start)
  const end = clockTimeToMinutes(quiet.end)
  if (start === end) return due
  const { date, time } = utcToZonedParts(due, timeZone)
  const now = clockTimeToMinutes(time)
  // A window across midnight (21:00–08:00) holds the evening until the next morning and the
  // small hours until the same morning; a window within one day (13:00–14:00) holds until its end.
  if (start > end) {
    if (now >= start) return zonedDateTimeToUtc(addDays(date, 1), quiet.end, timeZone)
    if (now < end) return zonedDateTimeToUtc(date, quiet.end, timeZone)
    return due
  }
  if (now >= start && now < end) return zonedDateTimeToUtc(date, quiet.end, timeZone)
  return due
}
