import { useId, useRef, useState } from 'react'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { clinicSpan } from './appointment-text.ts'
import { readWhen, type WhenFields } from './booking-request.ts'
import type { Appointment } from './calendar-types.ts'
import { clinicInstant, formatClock } from './clinic-time.ts'
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
  const isOverride = useRef(false)
  const checked = readWhen(when)

  const send = async () => {
    if ('errors' in checked) return
    const allowOutsideHours = isOverride.current
    isOverride.current = false
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
      const moved = await api<Appointment>(`/appointments/${appointment.id}`, {
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
          <SelectField
            label={t('calendar.doctor')}
            name="doctorUserId"
            value={doctorUserId}
            onChange={setDoctorUserId}
          >
            {references.doctors.map((doctor) => (
              <option key={doctor.userId} value={doctor.userId}>
                {doctor.fullName}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('calendar.chair')}
            name="chairId"
            value={chairId}
            onChange={setChairId}
          >
            <option value="">{t('calendar.noChair')}</option>
            {references.chairs.map((chair) => (
              <option key={chair.id} value={chair.id}>
                {chair.name}
              </option>
            ))}
          </SelectField>
        </div>
        <ErrorAlert>{form.formError}</ErrorAlert>
        <div className="button-row">
          <button type="submit" disabled={form.isSending}>
            {t('calendar.move')}
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
              {t('calendar.moveAnyway')}
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
