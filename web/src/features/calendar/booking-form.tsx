import { useState } from 'react'
import { type Appointment, AppointmentSchema } from '../../../../shared/contracts/appointments.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'
import { useForm } from '../../ui/use-form.ts'
import { BookingChoices } from './booking-choices.tsx'
import type { BookingStart } from './booking-dialog.tsx'
import {
  bookingBody,
  isPastRefusal,
  isPastStart,
  readWhen,
  type WhenFields,
} from './booking-request.ts'
import { formatClock, parseClock } from './clinic-time.ts'
import { ConflictSubmitRow } from './conflict-submit-row.tsx'
import { FreeSlotList } from './free-slot-list.tsx'
import { type PastVisit, PastVisitFields } from './past-visit-fields.tsx'
import type { ChosenPatient } from './patient-picker.tsx'
import { PatientPicker, submitWithPatient } from './patient-picker.tsx'
import { recordOutcome } from './record-outcome.ts'
import { useConflict } from './use-conflict.ts'
import type { ScheduleReferences } from './use-schedule-references.ts'
import { WhenFields as WhenInputs } from './when-fields.tsx'

export function BookingForm({
  start,
  references,
  zone,
  onBooked,
  onCancel,
}: {
  start: BookingStart
  references: ScheduleReferences
  zone: string
  onBooked: (appointment: Appointment) => void
  onCancel: () => void
}) {
  const t = useT()
  const form = useForm()
  const conflict = useConflict(form)
  const [patient, setPatient] = useState<ChosenPatient | null>(start.patient ?? null)
  const [choice, setChoice] = useState({
    doctorUserId: start.doctorUserId ?? references.doctors[0]?.userId ?? '',
    chairId: start.chairId ?? '',
    appointmentTypeId: '',
    notes: '',
  })
  const [when, setWhen] = useState<WhenFields>({
    date: formatDate(start.date),
    time: start.start === undefined ? '' : formatClock(start.start),
    duration: '15',
  })
  const [past, setPast] = useState<PastVisit>({ isBackEntry: false, outcome: 'completed' })
  // The server's clock decides in the end: if it calls the start past when ours did not, the
  // form offers the back-entry then.
  const [isPastForServer, setPastForServer] = useState(false)

  const checked = readWhen(when)
  const isPast =
    !('errors' in checked) &&
    (isPastForServer || isPastStart(checked.date, checked.start, zone, new Date()))
  const isBackEntry = isPast && past.isBackEntry
  const send = async () => {
    if ('errors' in checked || !patient) return
    const allowOutsideHours = conflict.takeOverride()
    const body = bookingBody(
      { ...choice, ...checked, patientId: patient.id },
      zone,
      allowOutsideHours,
      isBackEntry,
    )
    await conflict.guard(async () => {
      let booked: Appointment
      try {
        booked = await api('/appointments', { method: 'POST', body, schema: AppointmentSchema })
      } catch (error) {
        if (!isPastRefusal(error)) throw error
        setPastForServer(true)
        form.showErrors(t('form.fixErrors'), { isBackEntry: t('calendar.pastRequired') })
        return
      }
      onBooked(isBackEntry ? await recordOutcome(booked, past.outcome) : booked)
    })
  }
  const validate = () => {
    if ('errors' in checked) {
      return Object.fromEntries(
        Object.entries(checked.errors).map(([field, key]) => [field, t(key)]),
      )
    }
    return isPast && !past.isBackEntry ? { isBackEntry: t('calendar.pastRequired') } : {}
  }
  const submitLabel = isBackEntry ? t('calendar.pastSubmit') : t('calendar.bookSubmit')
  const submit = submitWithPatient(form, patient, t('calendar.choosePatient'), send, validate)
  const duration = 'errors' in checked ? null : checked.duration
  return (
    <form ref={form.ref} noValidate onSubmit={submit} className="booking-form">
      <PatientPicker patient={patient} onChange={setPatient} />
      <BookingChoices
        references={references}
        values={choice}
        errorFor={form.errorFor}
        onChange={(change, defaultMinutes) => {
          setChoice((current) => ({ ...current, ...change }))
          if (defaultMinutes)
            setWhen((current) => ({ ...current, duration: String(defaultMinutes) }))
        }}
      />
      <WhenInputs
        values={when}
        errorFor={form.errorFor}
        onChange={(change) => {
          setPastForServer(false)
          setWhen((current) => ({ ...current, ...change }))
        }}
      />
      {isPast && (
        <PastVisitFields
          values={past}
          errorFor={form.errorFor}
          onChange={(change) => setPast((current) => ({ ...current, ...change }))}
        />
      )}
      <FreeSlotList
        doctorUserId={choice.doctorUserId}
        chairId={choice.chairId}
        date={parseIndianDate(when.date)}
        duration={duration ?? (/^\d+$/.test(when.duration) ? Number(when.duration) : null)}
        zone={zone}
        chosen={parseClock(when.time)}
        onChoose={(minutes) => {
          setPastForServer(false)
          setWhen((current) => ({ ...current, time: formatClock(minutes) }))
        }}
      />
      <ConflictSubmitRow
        form={form}
        conflict={conflict}
        submitLabel={form.isSending ? t('form.sending') : submitLabel}
        anywayLabel={t('calendar.bookAnyway')}
        isAnywayDisabled={form.isSending}
        onCancel={onCancel}
      />
    </form>
  )
}
