import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import type { BookableDoctor } from '../../../../shared/contracts/schedule.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import type { BookingStart } from './booking-dialog.tsx'
import { CalendarGrid } from './calendar-grid.tsx'
import { weekdayOf, weekStartOf } from './clinic-time.ts'
import {
  type CalendarColumn,
  columnKeyOf,
  dayColumns,
  NO_CHAIR_KEY,
  weekColumns,
} from './columns.ts'
import type { CalendarQuery } from './use-calendar-query.ts'
import { useDropMove } from './use-drop-move.ts'
import type { ScheduleReferences } from './use-schedule-references.ts'
import { useWorkingHours } from './use-working-hours.ts'

/** The grid for what the toolbar chose, with the columns, hours shading and drag-to-move. */
export function CalendarBody({
  query,
  doctors,
  references,
  appointments,
  zone,
  now,
  canWrite,
  replace,
  onOpen,
  onBook,
}: {
  query: CalendarQuery
  doctors: BookableDoctor[]
  references: ScheduleReferences
  appointments: Appointment[]
  zone: string
  now: { date: string; minutes: number }
  canWrite: boolean
  replace: (appointment: Appointment) => void
  onOpen: (appointment: Appointment) => void
  onBook: ((start: BookingStart) => void) | undefined
}) {
  const t = useT()
  const isWeek = query.view === 'week'
  const shownDoctors =
    isWeek || query.doctorUserId
      ? doctors.filter((doctor) => doctor.userId === query.doctorUserId)
      : doctors
  const isByDoctor = isWeek || query.mode === 'doctor'
  const hours = useWorkingHours(isByDoctor ? shownDoctors.map((doctor) => doctor.userId) : [])
  const moves = useDropMove(zone, replace)
  const columns: CalendarColumn[] = isWeek
    ? weekColumns(
        weekStartOf(query.date),
        query.doctorUserId,
        hours.get(query.doctorUserId),
        (date) =>
          `${t(`calendar.weekday.${weekdayOf(date)}` as 'calendar.weekday.0')} ${formatDate(date).slice(0, 5)}`,
      )
    : dayColumns(query.mode, query.date, shownDoctors, references.chairs, hours)
  const keys = new Set(columns.map((column) => column.key))
  // A chair that was retired still shows its appointments, under "No chair".
  const keyOf = (appointment: Appointment) => {
    const key = columnKeyOf(appointment, query.view, query.mode, zone)
    return !isWeek && query.mode === 'chair' && !keys.has(key) ? NO_CHAIR_KEY : key
  }
  const live = appointments.filter((appointment) => appointment.status !== 'cancelled')

  if (doctors.length === 0) return <p className="alert alert-info">{t('calendar.noDoctors')}</p>
  return (
    <>
      {!isWeek && query.mode === 'chair' && references.chairs.length === 0 && (
        <p className="alert alert-info">{t('calendar.noChairs')}</p>
      )}
      <ErrorAlert>{moves.error}</ErrorAlert>
      <StatusMessage>{moves.status}</StatusMessage>
      <p className="muted calendar-hints">
        {isByDoctor && `${t('calendar.legendWorking')} `}
        {canWrite && `${t('calendar.dragHint')} ${t('calendar.clickHint')}`}
      </p>
      <CalendarGrid
        label={t('calendar.gridLabel', { date: formatDate(query.date) })}
        columns={columns}
        appointments={live}
        columnKeyOf={keyOf}
        zone={zone}
        now={now}
        canWrite={canWrite}
        onOpen={onOpen}
        onDrop={(appointment, column, target) => void moves.drop(appointment, column, target)}
        onEmptySlot={
          onBook &&
          ((column, minutes) =>
            onBook({
              date: column.date,
              start: minutes,
              doctorUserId: column.doctorUserId,
              chairId: column.chairId ?? undefined,
            }))
        }
      />
    </>
  )
}
