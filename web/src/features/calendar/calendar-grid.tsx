import type { CSSProperties } from 'react'
import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { clinicSpan } from './appointment-text.ts'
import { CalendarColumnView } from './calendar-column.tsx'
import { formatClock } from './clinic-time.ts'
import type { CalendarColumn } from './columns.ts'
import { type Axis, axisFor, rowCount, rowLine } from './day-layout.ts'
import { type DropTarget, useBlockDrag } from './use-block-drag.ts'

export interface CalendarGridProps {
  label: string
  columns: CalendarColumn[]
  appointments: Appointment[]
  /** The column each appointment belongs in. */
  columnKeyOf: (appointment: Appointment) => string
  zone: string
  /** The clinic's date and minutes now, for the current-time line. */
  now: { date: string; minutes: number }
  canWrite: boolean
  onOpen: (appointment: Appointment) => void
  onDrop: (appointment: Appointment, column: CalendarColumn, target: DropTarget) => void
  onEmptySlot?: ((column: CalendarColumn, minutes: number) => void) | undefined
}

/** Columns of 5-minute rows, an hour axis on the left, and the appointments placed in them. */
export function CalendarGrid(props: CalendarGridProps) {
  const t = useT()
  const { columns, appointments, zone } = props
  const spans = appointments.map((appointment) => clinicSpan(appointment, zone))
  const axis: Axis = axisFor([
    ...spans.map((span) => ({ start: span.start, end: Math.min(span.end, 24 * 60) })),
    ...columns.flatMap((column) => column.working ?? []),
  ])
  const drag = useBlockDrag(axis, (target) => {
    const appointment = appointments.find((candidate) => candidate.id === target.appointmentId)
    const column = columns.find((candidate) => candidate.key === target.columnKey)
    if (appointment && column) props.onDrop(appointment, column, target)
  })
  const style = {
    gridTemplateColumns: `4rem repeat(${columns.length}, minmax(9rem, 1fr))`,
    '--calendar-rows': rowCount(axis),
  } as CSSProperties
  const hours = Array.from(
    { length: (axis.end - axis.start) / 60 },
    (_, index) => axis.start + index * 60,
  )

  return (
    // The grid scrolls on its own; with focus, arrow keys scroll it even on an empty day (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="calendar-scroll" aria-label={props.label} tabIndex={0}>
      <div className="calendar-grid" style={style}>
        <div className="calendar-corner" aria-hidden="true" />
        {columns.map((column) => (
          <div key={column.key} className="calendar-column-head" aria-hidden="true">
            {column.label || t('calendar.noChair')}
          </div>
        ))}
        <div className="calendar-axis" aria-hidden="true">
          {hours.map((minutes) => (
            <span
              key={minutes}
              className="calendar-hour"
              style={{ gridRow: `${rowLine(minutes, axis)} / span 12` }}
            >
              {formatClock(minutes)}
            </span>
          ))}
        </div>
        {columns.map((column) => (
          <CalendarColumnView
            key={column.key}
            column={column}
            axis={axis}
            zone={zone}
            appointments={appointments.filter((item) => props.columnKeyOf(item) === column.key)}
            preview={drag.preview}
            previewed={appointments.find((item) => item.id === drag.preview?.appointmentId)}
            nowMinutes={column.date === props.now.date ? props.now.minutes : null}
            onOpen={(appointment) => {
              if (!drag.isDragClick()) props.onOpen(appointment)
            }}
            onDragStart={
              props.canWrite
                ? (event, mode, appointment, span) =>
                    drag.begin(event, mode, {
                      appointmentId: appointment.id,
                      start: span.start,
                      duration: span.end - span.start,
                      columnKey: column.key,
                    })
                : undefined
            }
            onEmptySlot={props.onEmptySlot}
          />
        ))}
      </div>
    </section>
  )
}
