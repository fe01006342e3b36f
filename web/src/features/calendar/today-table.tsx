import { useState } from 'react'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { patientName, timeRangeText } from './appointment-text.ts'
import type { Appointment, StatusChange } from './calendar-types.ts'
import { actionLabelKey, statusIcon, statusLabelKey } from './status.ts'
import { changeStatus } from './status-actions.tsx'

/** The one-click step the front desk takes next: check in who is booked, complete who is in. */
function nextDeskStep(appointment: Appointment): StatusChange | null {
  if (appointment.status === 'booked' || appointment.status === 'confirmed') return 'arrived'
  if (appointment.status === 'arrived' || appointment.status === 'in_treatment') return 'completed'
  return null
}

export function TodayTable({
  appointments,
  zone,
  canWrite,
  onChanged,
  onFailed,
}: {
  appointments: Appointment[]
  zone: string
  canWrite: boolean
  onChanged: (appointment: Appointment, message: string) => void
  onFailed: (error: unknown) => void
}) {
  const t = useT()
  const [sendingId, setSendingId] = useState<string | null>(null)
  if (appointments.length === 0) return <p>{t('today.empty')}</p>
  const sorted = [...appointments].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  const act = async (appointment: Appointment, step: StatusChange) => {
    setSendingId(appointment.id)
    try {
      const changed = await changeStatus(appointment, step)
      onChanged(
        changed,
        t('calendar.statusChanged', {
          patient: patientName(changed, t),
          status: t(statusLabelKey(changed.status)),
        }),
      )
    } catch (failure) {
      onFailed(failure)
    } finally {
      setSendingId(null)
    }
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('today.time')}</th>
            <th scope="col">{t('calendar.patient')}</th>
            <th scope="col">{t('calendar.doctor')}</th>
            <th scope="col">{t('calendar.type')}</th>
            <th scope="col">{t('calendar.status')}</th>
            {canWrite && <th scope="col">{t('today.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.map((appointment) => {
            const step = nextDeskStep(appointment)
            const name = patientName(appointment, t)
            return (
              <tr key={appointment.id}>
                <td className="cell-nowrap">{timeRangeText(appointment, zone)}</td>
                <th scope="row">
                  {appointment.patient.fullName ? (
                    <Link to={`/patients/${appointment.patient.id}`}>{name}</Link>
                  ) : (
                    name
                  )}{' '}
                  <span className="patient-number cell-secondary">
                    {appointment.patient.patientNumber}
                  </span>
                </th>
                <td>{appointment.doctor.fullName}</td>
                <td>{appointment.appointmentType?.name ?? '—'}</td>
                <td className="status-text">
                  <span aria-hidden="true">{statusIcon[appointment.status]}</span>{' '}
                  {t(statusLabelKey(appointment.status))}
                  {appointment.isWalkIn && ` (${t('calendar.walkIn')})`}
                </td>
                {canWrite && (
                  <td className="cell-actions">
                    {step && (
                      <button
                        type="button"
                        className="button-small"
                        aria-label={t('today.actionFor', {
                          action: t(actionLabelKey(step)),
                          patient: name,
                        })}
                        disabled={sendingId === appointment.id}
                        onClick={() => void act(appointment, step)}
                      >
                        {t(actionLabelKey(step))}
                      </button>
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
