import { useState } from 'react'
import { type Appointment, AppointmentSchema } from '../../../../shared/contracts/appointments.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { useForm } from '../../ui/use-form.ts'
import { BookingChoices } from './booking-choices.tsx'
import { ConflictSubmitRow } from './conflict-submit-row.tsx'
import type { ChosenPatient } from './patient-picker.tsx'
import { PatientPicker, submitWithPatient } from './patient-picker.tsx'
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

  const send = async () => {
    if (!patient) return
    const allowOutsideHours = conflict.takeOverride()
    const body = {
      patientId: patient.id,
      doctorUserId: choice.doctorUserId,
      ...(choice.chairId ? { chairId: choice.chairId } : {}),
      ...(choice.appointmentTypeId ? { appointmentTypeId: choice.appointmentTypeId } : {}),
      ...(choice.notes.trim() ? { notes: choice.notes.trim() } : {}),
      ...(allowOutsideHours ? { allowOutsideHours: true } : {}),
    }
    await conflict.guard(async () =>
      onAdded(
        await api('/appointments/walk-in', { method: 'POST', body, schema: AppointmentSchema }),
      ),
    )
  }
  const submit = submitWithPatient(form, patient, t('calendar.choosePatient'), send)
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
      <ConflictSubmitRow
        form={form}
        conflict={conflict}
        submitLabel={t('today.walkInSubmit')}
        anywayLabel={t('calendar.bookAnyway')}
        onCancel={onCancel}
      />
    </form>
  )
}
