import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import type { BookableDoctor, Chair, WorkingDay } from '../../../../shared/contracts/schedule.ts'
import { clockTimeToMinutes } from '../../../../shared/scheduling/clinic-time.ts'
import { addDays, toClinicMinutes, weekdayOf } from './clinic-time.ts'
import type { Timed } from './day-layout.ts'

/** One column of the calendar: a doctor or a chair on one day, or one day of a doctor's week. */
export interface CalendarColumn {
  key: string
  label: string
  date: string
  /** Set when the column belongs to one doctor (a move into it changes the doctor). */
  doctorUserId?: string
  /** Set in chair columns; null is the column for appointments without a chair. */
  chairId?: string | null
  /** The doctor's sessions that day; null when not known or not a doctor's column (no shading). */
  working: Timed[] | null
}

export type ColumnMode = 'doctor' | 'chair'

/**
 * The sessions of `date`'s weekday in a doctor's week, as minutes. Null (no shading) if the hours
 * are unknown or none are set at all: the server then books such a doctor at any time.
 */
export function workingSpans(week: WorkingDay[] | undefined, date: string): Timed[] | null {
  if (!week?.some((day) => day.sessions.length > 0)) return null
  const day = week.find((entry) => entry.weekday === weekdayOf(date))
  return (day?.sessions ?? []).map((session) => ({
    start: clockTimeToMinutes(session.start),
    end: clockTimeToMinutes(session.end),
  }))
}

export const NO_CHAIR_KEY = 'chair:none'

/** The day view's columns: one per doctor (with their hours) or one per chair. */
export function dayColumns(
  mode: ColumnMode,
  date: string,
  doctors: readonly BookableDoctor[],
  chairs: readonly Chair[],
  hours: Map<string, WorkingDay[]>,
): CalendarColumn[] {
  if (mode === 'doctor') {
    return doctors.map((doctor) => ({
      key: `doctor:${doctor.userId}`,
      label: doctor.fullName,
      date,
      doctorUserId: doctor.userId,
      working: workingSpans(hours.get(doctor.userId), date),
    }))
  }
  return [
    ...chairs.map((chair) => ({
      key: `chair:${chair.id}`,
      label: chair.name,
      date,
      chairId: chair.id,
      working: null,
    })),
    { key: NO_CHAIR_KEY, label: '', date, chairId: null, working: null },
  ]
}

/** The week view's columns: seven days of one doctor, from `weekStart`. */
export function weekColumns(
  weekStart: string,
  doctorUserId: string,
  week: WorkingDay[] | undefined,
  labelOf: (date: string) => string,
): CalendarColumn[] {
  return Array.from({ length: 7 }, (_, index) => {
    const date = addDays(weekStart, index)
    return {
      key: `date:${date}`,
      label: labelOf(date),
      date,
      doctorUserId,
      working: workingSpans(week, date),
    }
  })
}

/** The key of the column an appointment belongs in, or null if none shown. */
export function columnKeyOf(
  appointment: Appointment,
  view: 'day' | 'week',
  mode: ColumnMode,
  zone: string,
): string {
  if (view === 'week') return `date:${toClinicMinutes(appointment.startsAt, zone).date}`
  if (mode === 'doctor') return `doctor:${appointment.doctor.userId}`
  return appointment.chairId ? `chair:${appointment.chairId}` : NO_CHAIR_KEY
}
