import { useEffect, useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { roleLabelKey } from '../../ui/role-label.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import type { BookableDoctor, WorkingDay } from './schedule-types.ts'
import { useScheduleList } from './use-schedule-list.ts'
import { WeekEditor } from './week-editor.tsx'
import { WeekView } from './week-view.tsx'

/** Pick a doctor, then see (or, for owners and admins, change) the hours they work each week. */
export function DoctorHoursSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const doctors = useScheduleList<BookableDoctor>('/doctors')
  const [chosenId, setChosenId] = useState('')
  const [week, setWeek] = useState<WorkingDay[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const doctor =
    doctors.items?.find((candidate) => candidate.userId === chosenId) ?? doctors.items?.[0]

  useEffect(() => {
    if (!doctor) return
    const controller = new AbortController()
    setWeek(null)
    setError(null)
    api<WorkingDay[]>(`/schedule/doctors/${doctor.userId}/hours`, { signal: controller.signal })
      .then(setWeek)
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure)
      })
    return () => controller.abort()
  }, [doctor])

  const failure = doctors.error ?? error
  return (
    <section className="card" aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t('scheduleSetup.tab.hours')}</h2>
      <p className="muted">{t('scheduleSetup.hours.intro')}</p>
      {failure !== null && <ErrorAlert>{apiErrorMessage(failure, t)}</ErrorAlert>}
      {doctors.items === null && failure === null && <p role="status">{t('app.loading')}</p>}
      {doctors.items?.length === 0 && <p>{t('scheduleSetup.hours.noDoctors')}</p>}
      {doctor && (
        <SelectField
          className="field-medium"
          label={t('scheduleSetup.hours.doctor')}
          name="doctorUserId"
          value={doctor.userId}
          onChange={setChosenId}
        >
          {doctors.items?.map((candidate) => (
            <option key={candidate.userId} value={candidate.userId}>
              {`${candidate.fullName} (${t(roleLabelKey(candidate.role))})`}
            </option>
          ))}
        </SelectField>
      )}
      {doctor && week === null && error === null && <p role="status">{t('app.loading')}</p>}
      {doctor &&
        week &&
        (canConfigure ? (
          <WeekEditor key={doctor.userId} doctor={doctor} week={week} onSaved={setWeek} />
        ) : (
          <WeekView
            week={week}
            caption={t('scheduleSetup.hours.weekLegend', { name: doctor.fullName })}
          />
        ))}
    </section>
  )
}
