import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { isPastInstant } from './booking-request.ts'
import { formatClock, toClinicMinutes } from './clinic-time.ts'
import { statusLabelKey } from './status.ts'

export interface ClinicSpan {
  /** Clinic-local 'YYYY-MM-DD' of the start. */
  date: string
  /** Minutes after midnight on `date`; `end` may pass 24:00 for a visit that crosses midnight. */
  start: number
  end: number
}

/** Where an appointment falls in the clinic's own day. */
export function clinicSpan(appointment: Appointment, zone: string): ClinicSpan {
  const { date, minutes } = toClinicMinutes(appointment.startsAt, zone)
  const length = (Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)) / 60_000
  return { date, start: minutes, end: minutes + length }
}

/** '10:00–10:30' in the clinic's zone. */
export function timeRangeText(appointment: Appointment, zone: string): string {
  const span = clinicSpan(appointment, zone)
  return `${formatClock(span.start)}–${formatClock(span.end % (24 * 60))}`
}

export function patientName(appointment: Appointment, t: Translate): string {
  return appointment.patient.fullName ?? t('calendar.patientHidden')
}

/**
 * The full accessible name of a calendar block, e.g. "10:00–10:30 Anita Desai P-000012, Scaling,
 * booked": everything the block shows, in its order, so a screen reader user hears what a sighted
 * person sees and speech-input users can say what they see (WCAG 2.5.3).
 */
export function blockName(appointment: Appointment, zone: string, t: Translate): string {
  const span = clinicSpan(appointment, zone)
  const params = {
    from: formatClock(span.start),
    to: formatClock(span.end % (24 * 60)),
    patient: [patientName(appointment, t), appointment.patient.patientNumber]
      .filter(Boolean)
      .join(' '),
    status: t(statusLabelKey(appointment.status)),
  }
  return appointment.appointmentType
    ? t('calendar.blockName', { ...params, type: appointment.appointmentType.name })
    : t('calendar.blockNameNoType', params)
}

/**
 * What the status line says once an appointment is booked: who, on which day, at what time; for
 * a past visit recorded, also the status it was recorded as.
 */
export function bookedMessage(
  booked: Appointment,
  zone: string,
  t: Translate,
  now: Date = new Date(),
): string {
  const span = clinicSpan(booked, zone)
  const params = {
    patient: patientName(booked, t),
    date: formatDate(span.date),
    time: formatClock(span.start),
  }
  return isPastInstant(booked.startsAt, now)
    ? t('calendar.recorded', { ...params, status: t(statusLabelKey(booked.status)) })
    : t('calendar.booked', params)
}
