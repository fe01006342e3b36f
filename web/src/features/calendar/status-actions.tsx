import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import type { Appointment, StatusChange } from './calendar-types.ts'
import { actionLabelKey, statusActions } from './status.ts'
import { useStatusChange } from './use-status-change.ts'

/** The next steps of a visit as buttons: Confirm, Check in, Start treatment, Complete, No-show. */
export function StatusActions({
  appointment,
  onChanged,
}: {
  appointment: Appointment
  onChanged: (appointment: Appointment, message: string) => void
}) {
  const t = useT()
  const [error, setError] = useState<unknown>(null)
  const statusChange = useStatusChange(onChanged, setError)
  const isSending = statusChange.sendingId !== null
  const actions = statusActions(appointment.status)
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
