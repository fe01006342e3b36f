import type { Me } from '../../../../shared/contracts/auth.ts'
import {
  addDays,
  clockTimeToMinutes,
  utcToZonedParts,
  weekdayOf,
  zonedDateTimeToUtc,
} from '../../../../shared/scheduling/clinic-time.ts'

// The calendar works in the clinic's wall-clock time, never the browser's: a receptionist whose
// laptop is set to another zone must still see 10:00 where the clinic's 10:00 is. Every
// conversion goes through shared/scheduling/clinic-time.ts with the zone named here.

/** Used only if the server did not say (an older server); clinics are created in Kolkata. */
const fallbackZone = 'Asia/Kolkata'

/** The clinic's IANA time zone, from /api/v1/me. */
export function clinicZoneOf(me: Me): string {
  return me.clinic.timeZone || fallbackZone
}

/** The clinic-local date and minutes after midnight of an instant. */
export function toClinicMinutes(instant: string | Date, zone: string) {
  const parts = utcToZonedParts(new Date(instant), zone)
  return { date: parts.date, minutes: clockTimeToMinutes(parts.time), weekday: parts.weekday }
}

/** The UTC instant (ISO) of `minutes` after midnight on a clinic-local date. */
export function clinicInstant(date: string, minutes: number, zone: string): string {
  // Minutes past midnight roll into the next day, as a block dragged past 24:00 would.
  const day = addDays(date, Math.floor(minutes / (24 * 60)))
  const within = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60)
  return zonedDateTimeToUtc(day, formatClock(within), zone).toISOString()
}

/** 'HH:MM' (24-hour) for minutes after midnight. */
export function formatClock(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

const clockPattern = /^(\d{1,2})[:.](\d{2})$/

/** '9:30', '09:30' or '14.45' → minutes after midnight; null if it is not a time of day. */
export function parseClock(text: string): number | null {
  const match = clockPattern.exec(text.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return null
  return hours * 60 + minutes
}

/** The Monday on or before `date`: Indian clinics plan their week from Monday. */
export function weekStartOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7))
}

// Today in the clinic is shared/format's todayInZone(zone).
export { addDays, weekdayOf }
