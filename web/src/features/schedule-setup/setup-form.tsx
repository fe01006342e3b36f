import type { ReactNode } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CancelButton } from '../../ui/cancel-button.tsx'
import { TextField } from '../../ui/text-field.tsx'
import type { FieldErrors, FormController } from '../../ui/use-form.ts'

/** The buttons of a set-up form, as its caller names them. */
export interface SetupFormButtons {
  submitLabel: string
  /** Shown in a dialog: a Cancel button closes it. */
  onCancel?: (() => void) | undefined
}

export interface SetupFormProps {
  form: FormController
  send: () => Promise<void>
  validate: () => FieldErrors
  buttons: SetupFormButtons
  children: ReactNode
}

/** The frame of a set-up form: its error, the fields, then Save (or Add) and Cancel. */
export function SetupForm({ form, send, validate, buttons, children }: SetupFormProps) {
  const t = useT()
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      {children}
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : buttons.submitLabel}
        </button>
        {buttons.onCancel && <CancelButton onClick={buttons.onCancel} />}
      </div>
    </form>
  )
}

/** The name of an appointment type or recall rule. */
export function SetupNameField({
  value,
  onChange,
  error,
}: {
  value: string
  onChange: (name: string) => void
  error: string | undefined
}) {
  const t = useT()
  return (
    <TextField
      label={t('scheduleSetup.name')}
      name="name"
      value={value}
      onChange={onChange}
      error={error}
      maxLength={80}
    />
  )
}

/** A whole number typed in (minutes, months); its error is the form's error for `name`. */
export function WholeNumberField({
  form,
  name,
  value,
  onChange,
  ...limits
}: {
  form: FormController
  name: string
  label: string
  hint: string
  min: number
  max: number
  step?: number
  value: string
  onChange: (value: string) => void
}) {
  return (
    <TextField
      type="number"
      inputMode="numeric"
      {...limits}
      name={name}
      value={value}
      onChange={onChange}
      error={form.errorFor(name)}
    />
  )
}
