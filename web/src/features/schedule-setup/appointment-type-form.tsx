import { useState } from 'react'
import type { AppointmentType } from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import {
  SetupForm,
  type SetupFormButtons,
  SetupNameField,
  WholeNumberField,
} from './setup-form.tsx'
import { isValidMinutes } from './setup-values.ts'

export type AppointmentTypeValues = Pick<AppointmentType, 'name' | 'defaultMinutes' | 'colour'>

export interface AppointmentTypeFormProps extends SetupFormButtons {
  initial?: AppointmentTypeValues
  onSubmit: (values: AppointmentTypeValues) => Promise<void>
  isAdding?: boolean
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
    <SetupForm form={form} send={send} validate={validate} buttons={props}>
      <div className="field-grid">
        <SetupNameField value={name} onChange={setName} error={form.errorFor('name')} />
        <WholeNumberField
          form={form}
          name="defaultMinutes"
          label={t('scheduleSetup.types.minutes')}
          hint={t('scheduleSetup.types.minutesHint')}
          min={5}
          max={480}
          step={5}
          value={minutes}
          onChange={setMinutes}
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
    </SetupForm>
  )
}
