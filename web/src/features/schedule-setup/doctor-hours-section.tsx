import { useState } from 'react'
import { z } from 'zod'
import {
  BookableDoctorSchema,
  type WorkingDay,
  WorkingDaySchema,
} from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { roleLabelKey } from '../../ui/role-label.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useScheduleList } from './use-schedule-list.ts'
import { WeekEditor } from './week-editor.tsx'
import { WeekView } from './week-view.tsx'

const WeekListSchema = z.array(WorkingDaySchema)

/** Pick a doctor, then see (or, for owners and admins, change) the hours they work each week. */
export function DoctorHoursSection({ canConfigure }: { canConfigure: boolean }) {
  const t = useT()
  const doctors = useScheduleList('/doctors', BookableDoctorSchema)
  const [chosenId, setChosenId] = useState('')
  const doctor =
    doctors.items?.find((candidate) => candidate.userId === chosenId) ?? doctors.items?.[0]
  const hoursPath = doctor ? `/schedule/doctors/${doctor.userId}/hours` : null
  const read = useApiQuery(hoursPath, { schema: WeekListSchema })
  const week = read.data ?? null
  const error = read.error ?? null
  const cache = useApiCache()
  const setWeek = (saved: WorkingDay[]) => {
    if (hoursPath) cache.set(hoursPath, saved)
  }

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
