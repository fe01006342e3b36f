import { useState } from 'react'
import {
  type Appointment,
  AppointmentSchema,
  type StatusChange,
} from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { patientName } from './appointment-text.ts'
import { statusLabelKey } from './status.ts'

/** Sends a status change and answers the appointment as it now is. */
export function changeStatus(appointment: Appointment, status: StatusChange) {
  return api(`/appointments/${appointment.id}/status`, {
    schema: AppointmentSchema,
    method: 'POST',
    body: { status },
  })
}

/**
 * Status changes made by buttons: which appointment is being changed (its buttons wait), then
 * the changed appointment with the sentence announcing it, or the failure.
 */
export function useStatusChange(
  onChanged: (appointment: Appointment, message: string) => void,
  onFailed: (error: unknown) => void,
) {
  const t = useT()
  const [sendingId, setSendingId] = useState<string | null>(null)
  const change = async (appointment: Appointment, status: StatusChange) => {
    setSendingId(appointment.id)
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
      onFailed(failure)
    } finally {
      setSendingId(null)
    }
  }
  return { sendingId, change }
}
