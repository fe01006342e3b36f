import { useId, useState } from 'react'
import { type Appointment, AppointmentSchema } from '../../../../shared/contracts/appointments.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useForm } from '../../ui/use-form.ts'
import { clinicSpan } from './appointment-text.ts'
import { readWhen, type WhenFields } from './booking-request.ts'
import { clinicInstant, formatClock } from './clinic-time.ts'
import { ConflictSubmitRow } from './conflict-submit-row.tsx'
import { ChairSelect, DoctorSelect } from './reference-selects.tsx'
import { useConflict } from './use-conflict.ts'
import type { ScheduleReferences } from './use-schedule-references.ts'
import { WhenFields as WhenInputs } from './when-fields.tsx'

/** Moving by typing: the same change a drag makes, for keyboard and screen reader users. */
export function MoveForm({
  appointment,
  references,
  zone,
  onMoved,
}: {
  appointment: Appointment
  references: ScheduleReferences
  zone: string
  onMoved: (appointment: Appointment, message: string) => void
}) {
  const t = useT()
  const headingId = useId()
  const form = useForm()
  const conflict = useConflict(form)
  const span = clinicSpan(appointment, zone)
  const [when, setWhen] = useState<WhenFields>({
    date: formatDate(span.date),
    time: formatClock(span.start),
    duration: String(span.end - span.start),
  })
  const [doctorUserId, setDoctorUserId] = useState(appointment.doctor.userId)
  const [chairId, setChairId] = useState(appointment.chairId ?? '')
  const checked = readWhen(when)

  const send = async () => {
    if ('errors' in checked) return
    const allowOutsideHours = conflict.takeOverride()
    const body: Record<string, unknown> = {}
    if (checked.date !== span.date || checked.start !== span.start) {
      body.startsAt = clinicInstant(checked.date, checked.start, zone)
    }
    if (checked.duration !== span.end - span.start) body.durationMinutes = checked.duration
    if (doctorUserId !== appointment.doctor.userId) body.doctorUserId = doctorUserId
    if (chairId !== (appointment.chairId ?? '')) body.chairId = chairId || null
    if (Object.keys(body).length === 0) return
    if (allowOutsideHours) body.allowOutsideHours = true
    await conflict.guard(async () => {
      const moved = await api(`/appointments/${appointment.id}`, {
        schema: AppointmentSchema,
        method: 'PATCH',
        body,
      })
      onMoved(
        moved,
        t('calendar.moved', { date: formatDate(checked.date), time: formatClock(checked.start) }),
      )
    })
  }
  const validate = () =>
    'errors' in checked
      ? Object.fromEntries(Object.entries(checked.errors).map(([field, key]) => [field, t(key)]))
      : {}
  return (
    <section className="move-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('calendar.moveHeading')}</h3>
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
        <WhenInputs
          values={when}
          errorFor={form.errorFor}
          onChange={(change) => setWhen((current) => ({ ...current, ...change }))}
        />
        <div className="field-grid">
          <DoctorSelect references={references} value={doctorUserId} onChange={setDoctorUserId} />
          <ChairSelect references={references} value={chairId} onChange={setChairId} />
        </div>
        <ConflictSubmitRow
          form={form}
          conflict={conflict}
          submitLabel={t('calendar.move')}
          anywayLabel={t('calendar.moveAnyway')}
        />
      </form>
    </section>
  )
}
