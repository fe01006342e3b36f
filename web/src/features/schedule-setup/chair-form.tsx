import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'

export interface ChairFormProps {
  initialName?: string
  submitLabel: string
  /** Sends the name; a refusal naming `name` (a duplicate) is shown under the field. */
  onSubmit: (name: string) => Promise<void>
  /** Empty the field after saving (adding one chair after another). */
  isAdding?: boolean
  onCancel?: () => void
}

/** A chair's name: adds a chair, or renames one in a dialog. */
export function ChairForm({
  initialName = '',
  submitLabel,
  onSubmit,
  isAdding,
  onCancel,
}: ChairFormProps) {
  const t = useT()
  const form = useForm()
  const [name, setName] = useState(initialName)

  const validate = (): FieldErrors => (name.trim() ? {} : { name: t('form.required') })
  const send = async () => {
    await onSubmit(name.trim())
    if (isAdding) setName('')
  }
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
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
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
