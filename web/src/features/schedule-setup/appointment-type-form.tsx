import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import type { AppointmentType } from './schedule-types.ts'
import { isValidMinutes } from './setup-values.ts'

export type AppointmentTypeValues = Pick<AppointmentType, 'name' | 'defaultMinutes' | 'colour'>

export interface AppointmentTypeFormProps {
  initial?: AppointmentTypeValues
  submitLabel: string
  onSubmit: (values: AppointmentTypeValues) => Promise<void>
  isAdding?: boolean
  onCancel?: () => void
}

const blank = { name: '', minutes: '30', colour: '#0f766e' }

/** Name, usual length and calendar colour of an appointment type: adds one, or changes one. */
export function AppointmentTypeForm(props: AppointmentTypeFormProps) {
  const t = useT()
  const form = useForm()
  const initial = props.initial
  const [name, setName] = useState(initial?.name ?? blank.name)
  const [minutes, setMinutes] = useState(initial ? String(initial.defaultMinutes) : blank.minutes)
  const [colour, setColour] = useState(initial?.colour ?? blank.colour)

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (!name.trim()) errors.name = t('form.required')
    if (!isValidMinutes(minutes)) errors.defaultMinutes = t('scheduleSetup.types.minutesInvalid')
    return errors
  }
  const send = async () => {
    await props.onSubmit({ name: name.trim(), defaultMinutes: Number(minutes), colour })
    if (props.isAdding) {
      setName(blank.name)
      setMinutes(blank.minutes)
    }
  }
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="field-grid">
        <TextField
          label={t('scheduleSetup.name')}
          name="name"
          value={name}
          onChange={setName}
          error={form.errorFor('name')}
          maxLength={80}
        />
        <TextField
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          step={5}
          label={t('scheduleSetup.types.minutes')}
          name="defaultMinutes"
          hint={t('scheduleSetup.types.minutesHint')}
          value={minutes}
          onChange={setMinutes}
          error={form.errorFor('defaultMinutes')}
        />
        <TextField
          type="color"
          label={t('scheduleSetup.types.colour')}
          name="colour"
          value={colour}
          onChange={setColour}
          error={form.errorFor('colour')}
          className="field-colour"
        />
      </div>
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
