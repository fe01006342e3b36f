import { Link } from 'react-router'
import type { Appointment, StatusChange } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { patientName, timeRangeText } from './appointment-text.ts'
import { PatientRowHeader } from './patient-row-header.tsx'
import { actionLabelKey, statusIcon, statusLabelKey } from './status.ts'
import { useStatusChange } from './use-status-change.ts'

/** The one-click step the front desk takes next: check in who is booked, complete who is in. */
function nextDeskStep(appointment: Appointment): StatusChange | null {
  if (appointment.status === 'booked' || appointment.status === 'confirmed') return 'arrived'
  if (appointment.status === 'arrived' || appointment.status === 'in_treatment') return 'completed'
  return null
}

/** A visit the front desk may bill: the patient has come (issue #12 item 9, "bill from today's list"). */
function isBillable(appointment: Appointment): boolean {
  return ['arrived', 'in_treatment', 'completed'].includes(appointment.status)
}

/**
 * The column's name beside its value, shown only where the table becomes a card per appointment
 * (phones, see calendar.css). Screen readers hear the real column header instead.
 */
function CellLabel({ children }: { children: string }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {children}
    </span>
  )
}

export function TodayTable({
  appointments,
  zone,
  canWrite,
  billDate,
  onChanged,
  onFailed,
}: {
  appointments: Appointment[]
  zone: string
  canWrite: boolean
  /**
   * The list's day, when the user may bill (billing.write): a "Bill" link opens the patient's
   * Billing tab with that day's completed treatment pre-ticked. Only the id and the date go in
   * the address, never the patient's name.
   */
  billDate: string | null
  onChanged: (appointment: Appointment, message: string) => void
  onFailed: (error: unknown) => void
}) {
  const t = useT()
  const statusChange = useStatusChange(onChanged, onFailed)
  if (appointments.length === 0) return <p>{t('today.empty')}</p>
  const sorted = [...appointments].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  return (
    <div className="table-scroll today-table-scroll">
      <table className="data-table today-table">
        <thead>
          <tr>
            <th scope="col">{t('today.time')}</th>
            <th scope="col">{t('calendar.patient')}</th>
            <th scope="col">{t('calendar.doctor')}</th>
            <th scope="col">{t('calendar.type')}</th>
            <th scope="col">{t('calendar.status')}</th>
            {(canWrite || billDate) && <th scope="col">{t('today.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.map((appointment) => {
            const step = nextDeskStep(appointment)
            const name = patientName(appointment, t)
            return (
              <tr key={appointment.id}>
                <td className="cell-nowrap">{timeRangeText(appointment, zone)}</td>
                <PatientRowHeader patient={appointment.patient} name={name} />
                <td>
                  <CellLabel>{t('calendar.doctor')}</CellLabel>
                  {appointment.doctor.fullName}
                </td>
                <td>
                  <CellLabel>{t('calendar.type')}</CellLabel>
                  {appointment.appointmentType?.name ?? '—'}
                </td>
                <td className="status-text">
                  <CellLabel>{t('calendar.status')}</CellLabel>
                  <span aria-hidden="true">{statusIcon[appointment.status]}</span>{' '}
                  {t(statusLabelKey(appointment.status))}
                  {appointment.isWalkIn && ` (${t('calendar.walkIn')})`}
                </td>
                {(canWrite || billDate) && (
                  <td className="cell-actions">
                    {canWrite && step && (
                      <button
                        type="button"
                        className="button-small"
                        aria-label={t('today.actionFor', {
                          action: t(actionLabelKey(step)),
                          patient: name,
                        })}
                        disabled={statusChange.sendingId === appointment.id}
                        onClick={() => void statusChange.change(appointment, step)}
                      >
                        {t(actionLabelKey(step))}
                      </button>
                    )}
                    {billDate && isBillable(appointment) && (
                      <>
                        {' '}
                        <Link
                          to={`/patients/${appointment.patient.id}?tab=billing&bill=${billDate}`}
                          aria-label={t('desk.billFor', { patient: name })}
                        >
                          {t('desk.bill')}
                        </Link>
                      </>
                    )}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
