import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import {
  inSendingOrder,
  MAX_REMINDERS,
  REMINDER_UNITS,
  type ReminderUnit,
  readReminder,
  reminderText,
} from './reminder-time.ts'

export interface ReminderListProps {
  reminders: readonly number[]
  onChange: (reminders: number[]) => void
  /** The server's refusal of the list as a whole (reminderMinutes), shown under the amount. */
  error: string | undefined
}

/**
 * The reminder timings as they read ("24 hours before"), each with its Remove button, and a
 * row to add one: an amount and a unit, checked here (5 minutes to 7 days, no repeats) so the
 * mistake is named where it was typed.
 */
export function ReminderList({ reminders, onChange, error }: ReminderListProps) {
  const t = useT()
  const [amount, setAmount] = useState('')
  const [unit, setUnit] = useState<ReminderUnit>('hours')
  const [problem, setProblem] = useState<string | null>(null)
  const [added, setAdded] = useState<string | null>(null)
  const isFull = reminders.length >= MAX_REMINDERS

  const add = () => {
    setAdded(null)
    const read = readReminder(amount, unit, reminders)
    if ('problem' in read) return setProblem(t(`messaging.problem.${read.problem}`))
    setProblem(null)
    setAmount('')
    onChange(inSendingOrder([...reminders, read.minutes]))
    setAdded(t('messaging.reminderAdded', { when: reminderText(read.minutes, t) }))
  }

  return (
    <fieldset className="history-fieldset">
      <legend>{t('messaging.remindersHeading')}</legend>
      <p className="field-hint">{t('messaging.remindersHint')}</p>
      {reminders.length === 0 ? (
        <p className="muted">{t('messaging.noReminders')}</p>
      ) : (
        <ul className="reminder-list">
          {inSendingOrder(reminders).map((minutes) => {
            const when = reminderText(minutes, t)
            return (
              <li key={minutes}>
                <span>{when}</span>
                <button
                  type="button"
                  className="button-danger-quiet button-small"
                  aria-label={t('messaging.removeReminder', { when })}
                  onClick={() => {
                    setAdded(null)
                    onChange(reminders.filter((each) => each !== minutes))
                  }}
                >
                  {t('messaging.remove')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {isFull ? (
        <p className="muted">{t('messaging.remindersFull')}</p>
      ) : (
        <div className="reminder-add">
          <TextField
            label={t('messaging.reminderAmount')}
            name="reminderMinutes"
            value={amount}
            onChange={setAmount}
            error={problem ?? error}
            inputMode="numeric"
            autoComplete="off"
            maxLength={5}
            // Enter adds the reminder rather than saving the settings half-done.
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return
              event.preventDefault()
              add()
            }}
          />
          <SelectField
            label={t('messaging.reminderUnit')}
            name="reminderUnit"
            value={unit}
            onChange={(value) => setUnit(value as ReminderUnit)}
          >
            {REMINDER_UNITS.map((each) => (
              <option key={each} value={each}>
                {t(`messaging.unit.${each}`)}
              </option>
            ))}
          </SelectField>
          <button type="button" className="button-secondary" onClick={add}>
            {t('messaging.addReminder')}
          </button>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {added}
      </p>
    </fieldset>
  )
}
