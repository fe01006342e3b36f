import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { SetupForm, type SetupFormButtons } from './setup-form.tsx'

export interface ChairFormProps extends SetupFormButtons {
  initialName?: string
  /** Sends the name; a refusal naming `name` (a duplicate) is shown under the field. */
  onSubmit: (name: string) => Promise<void>
  /** Empty the field after saving (adding one chair after another). */
  isAdding?: boolean
}

/** A chair's name: adds a chair, or renames one in a dialog. */
export function ChairForm({ initialName = '', onSubmit, isAdding, ...buttons }: ChairFormProps) {
  const t = useT()
  const form = useForm()
  const [name, setName] = useState(initialName)

  const validate = (): FieldErrors => (name.trim() ? {} : { name: t('form.required') })
  const send = async () => {
    await onSubmit(name.trim())
    if (isAdding) setName('')
  }
  return (
    <SetupForm form={form} send={send} validate={validate} buttons={buttons}>
      <TextField
        label={t('scheduleSetup.chairs.name')}
        name="name"
        hint={t('scheduleSetup.chairs.nameHint')}
        value={name}
        onChange={setName}
        error={form.errorFor('name')}
        maxLength={50}
        className="field-medium"
      />
    </SetupForm>
  )
}
