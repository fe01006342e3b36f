import { useState } from 'react'
import {
  type MessagingSettingsBody,
  MessagingSettingsSchema,
} from '../../../../shared/contracts/messaging.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiCache } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { QuietHoursFields, readQuietHours } from './quiet-hours-fields.tsx'
import { ReminderList } from './reminder-list.tsx'

export const SETTINGS_PATH = '/messaging/settings'

const MODES = ['whatsapp', 'click_to_chat', 'off'] as const
type Mode = (typeof MODES)[number]

interface Values {
  mode: Mode
  sendConfirmations: boolean
  reminderMinutes: number[]
  quietStart: string
  quietEnd: string
}

const valuesOf = (settings: MessagingSettingsBody): Values => ({
  mode: settings.mode,
  sendConfirmations: settings.sendConfirmations,
  reminderMinutes: [...settings.reminderMinutes],
  quietStart: settings.quietHours.start,
  quietEnd: settings.quietHours.end,
})

/** The clinic's messaging settings (owners and admins: messaging.manage), saved as a whole. */
export function MessagingSettingsForm({ settings }: { settings: MessagingSettingsBody }) {
  const t = useT()
  const cache = useApiCache()
  const form = useForm()
  const [values, setValues] = useState(() => valuesOf(settings))
  const [isSaved, setSaved] = useState(false)
  const change = (next: Partial<Values>) => {
    setSaved(false)
    setValues((now) => ({ ...now, ...next }))
  }

  const validate = (): FieldErrors => readQuietHours(values.quietStart, values.quietEnd, t).errors

  const send = async () => {
    setSaved(false)
    const { quietHours } = readQuietHours(values.quietStart, values.quietEnd, t)
    const body: MessagingSettingsBody = {
      mode: values.mode,
      sendConfirmations: values.sendConfirmations,
      reminderMinutes: values.reminderMinutes,
      quietHours,
    }
    const saved = await api(SETTINGS_PATH, { method: 'PUT', schema: MessagingSettingsSchema, body })
    cache.set(SETTINGS_PATH, saved)
    setValues(valuesOf(saved))
    setSaved(true)
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <StatusMessage>{isSaved ? t('messaging.saved') : null}</StatusMessage>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <section className="card card-narrow">
        <RadioGroupField
          legend={t('messaging.mode')}
          name="mode"
          value={values.mode}
          options={MODES.map((mode) => ({ value: mode, label: t(`messaging.mode.${mode}`) }))}
          onChange={(mode) => change({ mode: mode as Mode })}
          error={form.errorFor('mode')}
        />
        <CheckboxField
          label={t('messaging.sendConfirmations')}
          name="sendConfirmations"
          isChecked={values.sendConfirmations}
          onChange={(sendConfirmations) => change({ sendConfirmations })}
          error={form.errorFor('sendConfirmations')}
        />
        <ReminderList
          reminders={values.reminderMinutes}
          onChange={(reminderMinutes) => change({ reminderMinutes })}
          error={form.errorFor('reminderMinutes')}
        />
        <QuietHoursFields
          start={values.quietStart}
          end={values.quietEnd}
          onChange={(quiet) => change(quiet)}
          errorFor={form.errorFor}
        />
      </section>
      <button type="submit" className="section-gap" disabled={form.isSending}>
        {form.isSending ? t('form.sending') : t('messaging.save')}
      </button>
    </form>
  )
}
