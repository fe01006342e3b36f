import { useId } from 'react'
import { describedBy, FieldError, FieldHint } from './field-messages.tsx'

export interface CheckboxFieldProps {
  label: string
  name: string
  isChecked: boolean
  onChange: (isChecked: boolean) => void
  hint?: string | undefined
  error?: string | undefined
}

export function CheckboxField({
  label,
  name,
  isChecked,
  onChange,
  hint,
  error,
}: CheckboxFieldProps) {
  const id = useId()
  return (
    <div className="field field-checkbox">
      <div className="checkbox-row">
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={isChecked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  )
}
