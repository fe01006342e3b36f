import { type FormEvent, useId, useState } from 'react'
import { z } from 'zod'
import {
  type WaitingPatient,
  WaitingPatientSchema,
} from '../../../../shared/contracts/appointments.ts'
import { utcToZonedParts } from '../../../../shared/scheduling/clinic-time.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { type ChosenPatient, PatientPicker } from './patient-picker.tsx'
import type { ScheduleReferences } from './use-schedule-references.ts'

const WaitingListSchema = z.array(WaitingPatientSchema)

/**
 * Today's waiting list: patients who want a slot today (a walk-in the doctor could not fit, someone
 * hoping for an earlier appointment). The front desk adds them and takes them off once seen.
 */
export function WaitingListSection({
  date,
  zone,
  canWrite,
  references,
}: {
  date: string
  zone: string
  canWrite: boolean
  references: ScheduleReferences | null
}) {
  const t = useT()
  const headingId = useId()
  const listPath = `/waiting-list?date=${date}`
  const list = useApiQuery(listPath, { schema: WaitingListSchema })
  const entries = list.data ?? null
  const [changeError, setError] = useState<unknown>(null)
  const error = changeError ?? list.error ?? null
  const cache = useApiCache()
  const [status, setStatus] = useState<string | null>(null)
  const [patient, setPatient] = useState<ChosenPatient | null>(null)
  const [doctorUserId, setDoctorUserId] = useState('')
  const [note, setNote] = useState('')

  const load = () => cache.invalidate('/waiting-list')

  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (!patient) return
    setError(null)
    try {
      await api('/waiting-list', {
        schema: WaitingPatientSchema,
        method: 'POST',
        body: {
          patientId: patient.id,
          date,
          ...(doctorUserId ? { doctorUserId } : {}),
          ...(note ? { note } : {}),
        },
      })
      setStatus(t('waiting.added', { patient: patient.fullName }))
      setPatient(null)
      setNote('')
      await load()
    } catch (failure) {
      setError(failure)
    }
  }
  const resolve = async (entry: WaitingPatient) => {
    setError(null)
    try {
      await api(`/waiting-list/${entry.id}/resolve`, {
        method: 'POST',
        body: {},
        schema: WaitingPatientSchema,
      })
      setStatus(t('waiting.resolved', { patient: entry.patient.fullName ?? '' }))
      await load()
    } catch (failure) {
      setError(failure)
    }
  }

  const waiting = entries?.filter((entry) => entry.resolvedAt === null) ?? []
  return (
    <section className="card section-gap waiting-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('waiting.heading')}</h2>
      <p role="status" className="muted">
        {status}
      </p>
      {error !== null && <ErrorAlert>{apiErrorMessage(error, t)}</ErrorAlert>}
      {entries !== null && waiting.length === 0 && <p>{t('waiting.empty')}</p>}
      {waiting.length > 0 && (
        <ul className="waiting-entries">
          {waiting.map((entry) => (
            <li key={entry.id}>
              <span>
                <strong>{entry.patient.fullName}</strong>{' '}
                <span className="patient-number">{entry.patient.patientNumber}</span>
                {' · '}
                {entry.doctor?.fullName ?? t('waiting.anyDoctor')}
                {' · '}
                {t('waiting.since', { time: utcToZonedParts(new Date(entry.addedAt), zone).time })}
                {entry.note && ` · ${entry.note}`}
              </span>
              {canWrite && (
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => resolve(entry)}
                  aria-label={t('waiting.resolveFor', { patient: entry.patient.fullName ?? '' })}
                >
                  {t('waiting.resolve')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && references && (
        <form className="waiting-add" onSubmit={add} aria-label={t('waiting.addHeading')}>
          <PatientPicker patient={patient} onChange={setPatient} />
          <SelectField
            label={t('waiting.doctor')}
            name="doctorUserId"
            value={doctorUserId}
            onChange={setDoctorUserId}
          >
            <option value="">{t('waiting.anyDoctor')}</option>
            {references.doctors.map((doctor) => (
              <option key={doctor.userId} value={doctor.userId}>
                {doctor.fullName}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('waiting.note')}
            name="note"
            isOptional
            optionalLabel={t('form.optional')}
            value={note}
            maxLength={200}
            onChange={setNote}
          />
          <button type="submit" disabled={!patient}>
            {t('waiting.add')}
          </button>
        </form>
      )}
    </section>
  )
}
