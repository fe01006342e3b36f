import type { BookableDoctor } from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { DateNavigation } from './date-navigation.tsx'
import type { CalendarQuery } from './use-calendar-query.ts'

/** Which days, which view, and which doctors or chairs the calendar shows. */
export function CalendarToolbar({
  query,
  today,
  doctors,
  canSeeAllDoctors,
  onChange,
}: {
  query: CalendarQuery
  today: string
  doctors: BookableDoctor[]
  canSeeAllDoctors: boolean
  onChange: (change: Partial<CalendarQuery>) => void
}) {
  const t = useT()
  const isWeek = query.view === 'week'
  return (
    <div className="calendar-toolbar">
      <DateNavigation
        // A new date from the buttons or a link resets what was typed.
        key={query.date}
        date={query.date}
        today={today}
        step={isWeek ? 7 : 1}
        onChange={(date) => onChange({ date })}
      />
      <RadioGroupField
        legend={t('calendar.view')}
        name="view"
        value={query.view}
        isInline
        options={[
          { value: 'day', label: t('calendar.view.day') },
          { value: 'week', label: t('calendar.view.week') },
        ]}
        onChange={(view) => onChange({ view: view === 'week' ? 'week' : 'day' })}
      />
      {!isWeek && (
        <RadioGroupField
          legend={t('calendar.columns')}
          name="by"
          value={query.mode}
          isInline
          options={[
            { value: 'doctor', label: t('calendar.byDoctor') },
            { value: 'chair', label: t('calendar.byChair') },
          ]}
          onChange={(mode) => onChange({ mode: mode === 'chair' ? 'chair' : 'doctor' })}
        />
      )}
      {canSeeAllDoctors && (isWeek || query.mode === 'doctor') && (
        <SelectField
          label={t('calendar.showDoctor')}
          name="doctor"
          value={query.doctorUserId}
          onChange={(doctorUserId) => onChange({ doctorUserId })}
        >
          {!isWeek && <option value="">{t('calendar.allDoctors')}</option>}
          {doctors.map((doctor) => (
            <option key={doctor.userId} value={doctor.userId}>
              {doctor.fullName}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  )
}
