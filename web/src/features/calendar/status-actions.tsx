import { useEffect, useState } from 'react'
import type { Appointment, StatusChange } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { actionLabelKey, statusActions } from './status.ts'
import { useStatusChange } from './use-status-change.ts'

/** The next steps of a visit as buttons: Confirm, Check in, Start treatment, Complete, No-show. */
export function StatusActions({
  appointment,
  zone,
  onChanged,
}: {
  appointment: Appointment
  /** The clinic's time zone: check-in opens on the appointment's day there. */
  zone: string
  onChanged: (appointment: Appointment, message: string) => void
}) {
  const t = useT()
  const [error, setError] = useState<unknown>(null)
  const now = useMinuteClock()
  const statusChange = useStatusChange(onChanged, setError)
  const isSending = statusChange.sendingId !== null
  const actions = statusActions(appointment, { now, zone })
  if (actions.length === 0) return null
  const change = async (status: StatusChange) => {
    setError(null)
    await statusChange.change(appointment, status)
  }
  return (
    <section className="appointment-actions" aria-label={t('calendar.actions')}>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      <div className="button-row">
        {actions.map((status) => (
          <button
            key={status}
            type="button"
            className={status === 'no_show' ? 'button-danger-quiet' : undefined}
            disabled={isSending}
            onClick={() => void change(status)}
          >
            {t(actionLabelKey(status))}
          </button>
        ))}
      </div>
    </section>
  )
}

/** Now, refreshed every minute, so a no-show button appears once the start time has passed. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
