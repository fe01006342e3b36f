import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'
import type { WhenFields as Values } from './booking-request.ts'

/** Date (DD/MM/YYYY), start time (24-hour) and length: the keyboard way to place a booking. */
export function WhenFields({
  values,
  onChange,
  errorFor,
}: {
  values: Values
  onChange: (change: Partial<Values>) => void
  errorFor: (field: string) => string | undefined
}) {
  const t = useT()
  return (
    <div className="field-grid when-fields">
      <TextField
        label={t('calendar.date')}
        name="date"
        hint={t('calendar.dateHint')}
        value={values.date}
        onChange={(date) => onChange({ date })}
        error={errorFor('date')}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField
        label={t('calendar.startTime')}
        name="startsAt"
        hint={t('calendar.timeHint')}
        value={values.time}
        onChange={(time) => onChange({ time })}
        error={errorFor('startsAt')}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField
        label={t('calendar.duration')}
        name="durationMinutes"
        value={values.duration}
        onChange={(duration) => onChange({ duration })}
        error={errorFor('durationMinutes')}
        inputMode="numeric"
        autoComplete="off"
      />
    </div>
  )
}
