import { type FormEvent, useState } from 'react'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'
import { TextField } from '../../ui/text-field.tsx'
import { addDays } from './clinic-time.ts'

/**
 * Previous, today and next, and a date typed as DD/MM/YYYY (a native date input would show the
 * browser's month-first order on many machines; see lib/indian-date.ts).
 */
export function DateNavigation({
  date,
  today,
  step,
  onChange,
}: {
  date: string
  today: string
  /** 1 in the day view, 7 in the week view. */
  step: 1 | 7
  onChange: (date: string) => void
}) {
  const t = useT()
  const [typed, setTyped] = useState(() => formatDate(date))
  const [error, setError] = useState<string | undefined>()
  const go = (next: string) => {
    setTyped(formatDate(next))
    setError(undefined)
    onChange(next)
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const parsed = parseIndianDate(typed)
    if (parsed) go(parsed)
    else setError(t('date.invalid'))
  }
  return (
    <div className="calendar-date-nav">
      <div className="button-row button-row-tight">
        <button type="button" className="button-secondary" onClick={() => go(addDays(date, -step))}>
          {step === 1 ? t('calendar.previousDay') : t('calendar.previousWeek')}
        </button>
        <button type="button" className="button-secondary" onClick={() => go(today)}>
          {t('calendar.today')}
        </button>
        <button type="button" className="button-secondary" onClick={() => go(addDays(date, step))}>
          {step === 1 ? t('calendar.nextDay') : t('calendar.nextWeek')}
        </button>
      </div>
      <form className="calendar-date-form" noValidate onSubmit={submit}>
        <TextField
          label={t('calendar.goToDate')}
          name="date"
          hint={t('calendar.dateHint')}
          value={typed}
          onChange={setTyped}
          error={error}
          inputMode="numeric"
          autoComplete="off"
          className="field-narrow"
        />
        <button type="submit" className="button-secondary">
          {t('calendar.go')}
        </button>
      </form>
    </div>
  )
}
