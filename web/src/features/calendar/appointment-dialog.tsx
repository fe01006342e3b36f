import { useState } from 'react'
import { Link } from 'react-router'
import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { AppointmentAlerts } from './appointment-alerts.tsx'
import { clinicSpan, patientName, timeRangeText } from './appointment-text.ts'
import { CancelForm } from './cancel-form.tsx'
import { MoveForm } from './move-form.tsx'
import { canCancel, canReschedule, statusIcon, statusLabelKey } from './status.ts'
import { StatusActions } from './status-actions.tsx'
import type { ScheduleReferences } from './use-schedule-references.ts'

/**
 * One appointment's details and what can be done with it: change its status, cancel it with a
 * reason, or move it by typing (the keyboard alternative to dragging).
 */
export function AppointmentDialog({
  appointment,
  references,
  zone,
  canWrite,
  onChanged,
  onClose,
}: {
  appointment: Appointment | null
  references: ScheduleReferences
  zone: string
  canWrite: boolean
  /** After a change: the appointment as the server now has it, and what to announce. */
  onChanged: (appointment: Appointment, message: string) => void
  onClose: () => void
}) {
  const t = useT()
  const [isCancelling, setCancelling] = useState(false)
  const close = () => {
    setCancelling(false)
    onClose()
  }
  const time = appointment ? timeRangeText(appointment, zone) : ''
  return (
    <ModalDialog
      isOpen={appointment !== null}
      title={t('calendar.detailsTitle', { time })}
      onClose={close}
    >
      {appointment && (
        <>
          {appointment.patient.fullName !== null && (
            <AppointmentAlerts key={appointment.patient.id} patientId={appointment.patient.id} />
          )}
          <dl className="detail-list appointment-details">
            <div>
              <dt>{t('calendar.when')}</dt>
              <dd>{`${formatDate(clinicSpan(appointment, zone).date)}, ${time}`}</dd>
            </div>
            <div>
              <dt>{t('calendar.patient')}</dt>
              <dd>
                {patientName(appointment, t)}{' '}
                <span className="patient-number">{appointment.patient.patientNumber}</span>
              </dd>
            </div>
            <div>
              <dt>{t('calendar.doctor')}</dt>
              <dd>{appointment.doctor.fullName}</dd>
            </div>
            <div>
              <dt>{t('calendar.chair')}</dt>
              <dd>
                {references.chairs.find((chair) => chair.id === appointment.chairId)?.name ??
                  t('calendar.noChair')}
              </dd>
            </div>
            <div>
              <dt>{t('calendar.type')}</dt>
              <dd>{appointment.appointmentType?.name ?? t('calendar.noType')}</dd>
            </div>
            <div>
              <dt>{t('calendar.status')}</dt>
              <dd>
                <span aria-hidden="true">{statusIcon[appointment.status]}</span>{' '}
                {t(statusLabelKey(appointment.status))}
                {appointment.isWalkIn && ` (${t('calendar.walkIn')})`}
              </dd>
            </div>
            {appointment.notes && (
              <div>
                <dt>{t('calendar.notes')}</dt>
                <dd>{appointment.notes}</dd>
              </div>
            )}
          </dl>
          {appointment.isOverride && <p className="muted">{t('calendar.override')}</p>}
          {appointment.cancelReason && (
            <p>{t('calendar.cancelReasonShown', { reason: appointment.cancelReason })}</p>
          )}
          {appointment.patient.fullName !== null && (
            <p>
              <Link to={`/patients/${appointment.patient.id}`}>{t('calendar.openPatient')}</Link>
            </p>
          )}
          {canWrite && (
            <StatusActions
              appointment={appointment}
              zone={zone}
              onChanged={(changed, message) => onChanged(changed, message)}
            />
          )}
          {canWrite && canCancel(appointment.status) && (
            <CancelForm
              appointment={appointment}
              isOpen={isCancelling}
              onOpen={() => setCancelling(true)}
              onClose={() => setCancelling(false)}
              onCancelled={(changed) => {
                setCancelling(false)
                onChanged(changed, t('calendar.cancelled'))
              }}
            />
          )}
          {canWrite && canReschedule(appointment.status) && (
            <MoveForm
              key={`${appointment.startsAt}-${appointment.durationMinutes}`}
              appointment={appointment}
              references={references}
              zone={zone}
              onMoved={onChanged}
            />
          )}
          <div className="button-row">
            <button type="button" className="button-secondary" onClick={close}>
              {t('calendar.close')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  )
}
