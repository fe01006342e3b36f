import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { patientName } from './appointment-text.ts'
import type { Appointment, StatusChange } from './calendar-types.ts'
import { actionLabelKey, statusActions, statusLabelKey } from './status.ts'

/** Sends a status change and answers the appointment as it now is. */
export function changeStatus(appointment: Appointment, status: StatusChange) {
  return api<Appointment>(`/appointments/${appointment.id}/status`, {
    method: 'POST',
    body: { status },
  })
}

/** The next steps of a visit as buttons: Confirm, Check in, Start treatment, Complete, No-show. */
export function StatusActions({
  appointment,
  onChanged,
}: {
  appointment: Appointment
  onChanged: (appointment: Appointment, message: string) => void
}) {
  const t = useT()
  const [isSending, setSending] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const actions = statusActions(appointment.status)
  if (actions.length === 0) return null
  const change = async (status: StatusChange) => {
    setSending(true)
    setError(null)
    try {
      const changed = await changeStatus(appointment, status)
      onChanged(
        changed,
        t('calendar.statusChanged', {
          patient: patientName(changed, t),
          status: t(statusLabelKey(changed.status)),
        }),
      )
    } catch (failure) {
      setError(failure)
    } finally {
      setSending(false)
    }
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
