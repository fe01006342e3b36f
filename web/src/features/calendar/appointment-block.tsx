import type { CSSProperties, PointerEvent } from 'react'
import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { blockName, patientName, timeRangeText } from './appointment-text.ts'
import { isOneLineBlock, type Placed } from './day-layout.ts'
import type { DragMode } from './drag.ts'
import { statusIcon, statusLabelKey } from './status.ts'

export interface AppointmentBlockProps {
  placed: Placed<Appointment>
  zone: string
  /** Drag handlers, only for appointments this person may move. */
  onDragStart?: ((event: PointerEvent<HTMLElement>, mode: DragMode) => void) | undefined
  isPreview: boolean
  onOpen: () => void
}

/**
 * One appointment in the grid: a button named with everything it shows (time, patient, type,
 * status), coloured by its type on the left edge. Status is an icon and a word, not a colour.
 */
export function AppointmentBlock({
  placed,
  zone,
  onDragStart,
  isPreview,
  onOpen,
}: AppointmentBlockProps) {
  const t = useT()
  const { item: appointment, rowStart, rowEnd, lane, lanes } = placed
  const colour = appointment.appointmentType?.colour ?? '#52606d'
  const style = {
    gridRow: `${rowStart} / ${rowEnd}`,
    marginLeft: `calc(100% * ${lane} / ${lanes})`,
    width: `calc(100% / ${lanes})`,
    '--block-colour': colour,
  } as CSSProperties
  const name = blockName(appointment, zone, t)
  const className = [
    'calendar-block',
    `calendar-block-${appointment.status}`,
    onDragStart ? 'calendar-block-movable' : '',
    isOneLineBlock(placed) ? 'calendar-block-one-line' : '',
    isPreview ? 'calendar-block-preview' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <div className={className} style={style} data-appointment-id={appointment.id}>
      <button
        type="button"
        className="calendar-block-button"
        aria-label={name}
        // A short block cuts the name short; pointer users see it whole on hover.
        title={name}
        onClick={onOpen}
        onPointerDown={onDragStart ? (event) => onDragStart(event, 'move') : undefined}
      >
        {/* In the order of the accessible name (WCAG 2.5.3); CSS puts the status beside the time. */}
        <span className="calendar-block-time">{timeRangeText(appointment, zone)}</span>{' '}
        <span className="calendar-block-patient">
          {patientName(appointment, t)}
          {appointment.patient.patientNumber && (
            <span className="patient-number"> {appointment.patient.patientNumber}</span>
          )}
        </span>{' '}
        {appointment.appointmentType && (
          <span className="calendar-block-type">{appointment.appointmentType.name} </span>
        )}
        <span className="calendar-block-status">
          {/* The icon is drawn by CSS from the attribute, so it is not read out as a word. */}
          <span className="calendar-block-icon" data-icon={statusIcon[appointment.status]} />
          <span className="calendar-block-status-word">
            {t(statusLabelKey(appointment.status))}
          </span>
        </span>
      </button>
      {onDragStart && (
        // The lower edge resizes with a pointer; the details dialog's length field does the same
        // from the keyboard, so this handle stays out of the tab order and the accessibility tree.
        <div
          className="calendar-resize"
          aria-hidden="true"
          onPointerDown={(event) => onDragStart(event, 'resize')}
        />
      )}
    </div>
  )
}
