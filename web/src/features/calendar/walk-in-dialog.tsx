import { type FormEvent, useRef, useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { useForm } from '../../ui/use-form.ts'
import { BookingChoices } from './booking-choices.tsx'
import type { Appointment, ChosenPatient } from './calendar-types.ts'
import { PatientPicker } from './patient-picker.tsx'
import { useConflict } from './use-conflict.ts'
import type { ScheduleReferences } from './use-schedule-references.ts'

/** A patient who walked in: an appointment from now with a doctor, already checked in. */
export function WalkInDialog({
  isOpen,
  references,
  onAdded,
  onClose,
}: {
  isOpen: boolean
  references: ScheduleReferences
  onAdded: (appointment: Appointment) => void
  onClose: () => void
}) {
  const t = useT()
  return (
    <ModalDialog isOpen={isOpen} title={t('today.walkInHeading')} onClose={onClose}>
      {isOpen && <WalkInForm references={references} onAdded={onAdded} onCancel={onClose} />}
    </ModalDialog>
  )
}

function WalkInForm({
  references,
  onAdded,
  onCancel,
}: {
  references: ScheduleReferences
  onAdded: (appointment: Appointment) => void
  onCancel: () => void
}) {
  const t = useT()
  const form = useForm()
  const conflict = useConflict(form)
  const [patient, setPatient] = useState<ChosenPatient | null>(null)
  const [choice, setChoice] = useState({
    doctorUserId: references.doctors[0]?.userId ?? '',
    chairId: '',
    appointmentTypeId: '',
    notes: '',
  })
  const isOverride = useRef(false)

  const send = async () => {
    if (!patient) return
    const body = {
      patientId: patient.id,
      doctorUserId: choice.doctorUserId,
      ...(choice.chairId ? { chairId: choice.chairId } : {}),
      ...(choice.appointmentTypeId ? { appointmentTypeId: choice.appointmentTypeId } : {}),
      ...(choice.notes.trim() ? { notes: choice.notes.trim() } : {}),
      ...(isOverride.current ? { allowOutsideHours: true } : {}),
    }
    isOverride.current = false
    await conflict.guard(async () =>
      onAdded(await api<Appointment>('/appointments/walk-in', { method: 'POST', body })),
    )
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!patient) {
      event.preventDefault()
      form.showErrors(t('calendar.choosePatient'))
      return
    }
    form.handleSubmit(send)(event)
  }
  return (
    <form ref={form.ref} noValidate onSubmit={submit} className="booking-form">
      <p className="muted">{t('today.walkInIntro')}</p>
      <PatientPicker patient={patient} onChange={setPatient} />
      <BookingChoices
        references={references}
        values={choice}
        errorFor={form.errorFor}
        onChange={(change) => setChoice((current) => ({ ...current, ...change }))}
      />
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {t('today.walkInSubmit')}
        </button>
        {conflict.canOverride && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              isOverride.current = true
              form.ref.current?.requestSubmit()
            }}
          >
            {t('calendar.bookAnyway')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
