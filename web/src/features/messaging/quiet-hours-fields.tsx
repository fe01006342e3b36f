import type { QuietHours } from '../../../../shared/messaging/index.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'
import type { FieldErrors } from '../../ui/use-form.ts'
import { formatClock, parseClock } from '../calendar/clinic-time.ts'

/**
 * The quiet hours as typed ('9:00', '21.30') read as HH:MM for the API, with a message for each
 * time that is not one. Fields are named as the API names them, so its refusals land here too.
 */
export function readQuietHours(
  start: string,
  end: string,
  t: Translate,
): { quietHours: QuietHours; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const read = (text: string, field: string) => {
    const minutes = parseClock(text)
    if (minutes === null) errors[field] = t('messaging.timeInvalid')
    return minutes === null ? text.trim() : formatClock(minutes)
  }
  const quietHours = { start: read(start, 'quietHours.start'), end: read(end, 'quietHours.end') }
  return { quietHours, errors }
}

export interface QuietHoursFieldsProps {
  start: string
  end: string
  onChange: (change: { quietStart?: string; quietEnd?: string }) => void
  errorFor: (field: string) => string | undefined
}

/** From when to when no message goes out, on the clinic's clock (24-hour, as staff type times). */
export function QuietHoursFields({ start, end, onChange, errorFor }: QuietHoursFieldsProps) {
  const t = useT()
  return (
    <fieldset className="history-fieldset">
      <legend>{t('messaging.quietHeading')}</legend>
      <p className="field-hint">{t('messaging.quietHint')}</p>
      <div className="field-grid">
        <TextField
          label={t('messaging.quietStart')}
          name="quietHours.start"
          hint={t('messaging.timeHint')}
          value={start}
          onChange={(quietStart) => onChange({ quietStart })}
          error={errorFor('quietHours.start')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
        />
        <TextField
          label={t('messaging.quietEnd')}
          name="quietHours.end"
          hint={t('messaging.timeHint')}
          value={end}
          onChange={(quietEnd) => onChange({ quietEnd })}
          error={errorFor('quietHours.end')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
        />
      </div>
    </fieldset>
  )
}
