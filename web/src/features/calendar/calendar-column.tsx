import type { MouseEvent, PointerEvent } from 'react'
import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { AppointmentBlock } from './appointment-block.tsx'
import { type ClinicSpan, clinicSpan } from './appointment-text.ts'
import type { CalendarColumn } from './columns.ts'
import { type Axis, layoutColumn, ROW_MINUTES, rowLine } from './day-layout.ts'
import { type DragMode, minutesAt } from './drag.ts'
import { canReschedule } from './status.ts'
import type { DropTarget } from './use-block-drag.ts'

export interface CalendarColumnViewProps {
  column: CalendarColumn
  axis: Axis
  zone: string
  appointments: Appointment[]
  preview: DropTarget | null
  /** The appointment being dragged, wherever it came from. */
  previewed: Appointment | undefined
  nowMinutes: number | null
  onOpen: (appointment: Appointment) => void
  onDragStart?:
    | ((
        event: PointerEvent<HTMLElement>,
        mode: DragMode,
        appointment: Appointment,
        span: ClinicSpan,
      ) => void)
    | undefined
  onEmptySlot?: ((column: CalendarColumn, minutes: number) => void) | undefined
}

interface Entry {
  appointment: Appointment
  span: ClinicSpan
  isPreview: boolean
}

export function CalendarColumnView(props: CalendarColumnViewProps) {
  const t = useT()
  const { column, axis, zone, preview, previewed } = props
  const entries: Entry[] = props.appointments
    .filter((appointment) => appointment.id !== preview?.appointmentId)
    .map((appointment) => ({ appointment, span: clinicSpan(appointment, zone), isPreview: false }))
  if (preview && previewed && preview.columnKey === column.key) {
    const { date } = clinicSpan(previewed, zone)
    const span = { date, start: preview.start, end: preview.start + preview.duration }
    entries.push({ appointment: previewed, span, isPreview: true })
  }
  const placed = layoutColumn(entries, (entry) => entry.span, axis)

  // Pointer users book by clicking an empty time; everyone else uses the Book button.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement
    if (!props.onEmptySlot || target.closest('.calendar-block')) return
    const rect = event.currentTarget.getBoundingClientRect()
    const pixelsPerMinute = rect.height / (axis.end - axis.start)
    props.onEmptySlot(column, minutesAt(event.clientY - rect.top, pixelsPerMinute, axis.start))
  }
  const nowFraction =
    props.nowMinutes === null ? 0 : ((props.nowMinutes - axis.start) % ROW_MINUTES) / ROW_MINUTES
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: clicking an empty time is a shortcut for the Book button, which keyboard users have.
    // biome-ignore lint/a11y/useSemanticElements: a fieldset groups form fields; this names a column of appointment buttons for screen readers.
    <div
      className={column.working ? 'calendar-column calendar-column-hours' : 'calendar-column'}
      data-column-key={column.key}
      role="group"
      aria-label={column.label || t('calendar.noChair')}
      onClick={onClick}
    >
      {column.working?.map((span) => (
        <div
          key={span.start}
          className="calendar-working"
          aria-hidden="true"
          style={{ gridRow: `${rowLine(span.start, axis)} / ${rowLine(span.end, axis)}` }}
        />
      ))}
      {placed.map((entry) => (
        <AppointmentBlock
          key={entry.item.appointment.id}
          placed={{ ...entry, item: entry.item.appointment }}
          zone={zone}
          isPreview={entry.item.isPreview}
          onOpen={() => props.onOpen(entry.item.appointment)}
          onDragStart={
            props.onDragStart && canReschedule(entry.item.appointment.status)
              ? (event, mode) =>
                  props.onDragStart?.(event, mode, entry.item.appointment, entry.item.span)
              : undefined
          }
        />
      ))}
      {props.nowMinutes !== null &&
        props.nowMinutes >= axis.start &&
        props.nowMinutes < axis.end && (
          <div
            className="calendar-now"
            aria-hidden="true"
            style={{
              gridRow: `${rowLine(props.nowMinutes, axis)} / span 1`,
              marginTop: `calc(var(--calendar-row) * ${nowFraction})`,
            }}
          />
        )}
    </div>
  )
}
