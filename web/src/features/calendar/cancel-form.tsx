import { useState } from 'react'
import { type Appointment, AppointmentSchema } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'

/** "Cancel appointment" opens a reason field; the server keeps the reason with the appointment. */
export function CancelForm({
  appointment,
  isOpen,
  onOpen,
  onClose,
  onCancelled,
}: {
  appointment: Appointment
  isOpen: boolean
  onOpen: () => void
  onClose: () => void
  onCancelled: (appointment: Appointment) => void
}) {
  const t = useT()
  const form = useForm()
  const [reason, setReason] = useState('')
  if (!isOpen) {
    return (
      <div className="button-row">
        <button type="button" className="button-danger-quiet" onClick={onOpen}>
          {t('calendar.cancel')}
        </button>
      </div>
    )
  }
  const send = async () => {
    const cancelled = await api(`/appointments/${appointment.id}/cancel`, {
      schema: AppointmentSchema,
      method: 'POST',
      body: { reason: reason.trim() },
    })
    onCancelled(cancelled)
  }
  const validate = (): Record<string, string> =>
    reason.trim() ? {} : { reason: t('form.required') }
  return (
    <form
      ref={form.ref}
      noValidate
      className="cancel-form"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <ErrorAlert>{form.formError}</ErrorAlert>
      <TextField
        label={t('calendar.cancelReason')}
        name="reason"
        value={reason}
        onChange={setReason}
        error={form.errorFor('reason')}
        maxLength={200}
        // The field appears because the person asked to cancel: the cursor goes there.
        autoFocus
      />
      <div className="button-row">
        <button type="submit" className="button-danger" disabled={form.isSending}>
          {t('calendar.cancelConfirm')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('calendar.keep')}
        </button>
      </div>
    </form>
  )
}
