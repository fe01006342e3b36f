import '../../styles/calendar.css'
import { useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { AppointmentDialog } from './appointment-dialog.tsx'
import { bookedMessage } from './appointment-text.ts'
import { BookingDialog, type BookingStart } from './booking-dialog.tsx'
import { CalendarBody } from './calendar-body.tsx'
import { CalendarPagesNav } from './calendar-pages-nav.tsx'
import { CalendarToolbar } from './calendar-toolbar.tsx'
import { addDays, clinicZoneOf, weekdayOf, weekStartOf } from './clinic-time.ts'
import { useAppointments } from './use-appointments.ts'
import { useCalendarQuery } from './use-calendar-query.ts'
import { useClinicNow } from './use-clinic-now.ts'
import { useScheduleReferences } from './use-schedule-references.ts'

/** /appointments: the day (per doctor or chair) or week (per doctor) calendar. */
export function CalendarPage() {
  const t = useT()
  const me = useMe()
  const zone = clinicZoneOf(me)
  const now = useClinicNow(zone)
  const { query, change } = useCalendarQuery(now.date)
  const references = useScheduleReferences()
  const canWrite = can(me, 'schedule.write')
  // Doctors see only their own appointments unless the clinic lets them see everyone's.
  const canSeeAllDoctors = can(me, 'schedule.all_doctors') || me.clinic.doctorsSeeAllAppointments
  const allDoctors = references.kind === 'loaded' ? references.references.doctors : []
  const doctors = canSeeAllDoctors
    ? allDoctors
    : allDoctors.filter((doctor) => doctor.userId === me.user.id)
  const isWeek = query.view === 'week'
  const weekDoctor = query.doctorUserId || doctors[0]?.userId || ''
  const shown = isWeek ? { ...query, doctorUserId: weekDoctor } : query
  const from = isWeek ? weekStartOf(query.date) : query.date
  const to = isWeek ? addDays(from, 6) : from
  const { state, replace, reload } = useAppointments(from, to, isWeek ? weekDoctor : undefined)
  const [openedId, setOpenedId] = useState<string | null>(null)
  const [booking, setBooking] = useState<BookingStart | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  const appointments = state.kind === 'loaded' ? state.appointments : []
  const opened = appointments.find((appointment) => appointment.id === openedId) ?? null
  const heading = isWeek
    ? t('calendar.weekOf', { date: formatDate(from) })
    : t('calendar.dayHeading', {
        weekday: t(`calendar.weekday.${weekdayOf(query.date)}` as 'calendar.weekday.0'),
        date: formatDate(query.date),
      })

  return (
    <section className="page calendar-page" aria-labelledby="page-heading">
      <div className="page-heading-row">
        <PageHeader title={t('calendar.title')} />
        {canWrite && references.kind === 'loaded' && doctors.length > 0 && (
          <button
            type="button"
            onClick={() =>
              setBooking({ date: query.date, doctorUserId: shown.doctorUserId || undefined })
            }
          >
            {t('calendar.book')}
          </button>
        )}
      </div>
      <CalendarPagesNav />
      <CalendarToolbar
        query={shown}
        today={now.date}
        doctors={doctors}
        canSeeAllDoctors={canSeeAllDoctors}
        onChange={change}
      />
      <h2 className="calendar-heading">{heading}</h2>
      <StatusMessage>{status}</StatusMessage>
      {references.kind === 'failed' && (
        <ErrorAlert>{apiErrorMessage(references.error, t)}</ErrorAlert>
      )}
      {state.kind === 'failed' && <ErrorAlert>{apiErrorMessage(state.error, t)}</ErrorAlert>}
      {(references.kind === 'loading' || state.kind === 'loading') && (
        <p role="status">{t('app.loading')}</p>
      )}
      {references.kind === 'loaded' && state.kind === 'loaded' && (
        <CalendarBody
          query={shown}
          doctors={doctors}
          references={references.references}
          appointments={appointments}
          zone={zone}
          now={now}
          canWrite={canWrite}
          replace={replace}
          onOpen={(appointment) => setOpenedId(appointment.id)}
          onBook={canWrite ? setBooking : undefined}
        />
      )}
      {references.kind === 'loaded' && (
        <>
          <AppointmentDialog
            appointment={opened}
            references={references.references}
            zone={zone}
            canWrite={canWrite}
            onChanged={(changed, message) => {
              replace(changed)
              setStatus(message)
            }}
            onClose={() => setOpenedId(null)}
          />
          <BookingDialog
            start={booking}
            references={{ ...references.references, doctors }}
            zone={zone}
            onBooked={(booked) => {
              setBooking(null)
              setStatus(bookedMessage(booked, zone, t))
              reload()
            }}
            onClose={() => setBooking(null)}
          />
        </>
      )}
    </section>
  )
}
