import { useId } from 'react'
import { describedBy, FieldError, FieldHint } from './field-messages.tsx'

export interface TextAreaFieldProps {
  label: string
  /** The request body key; server errors naming it are shown here. */
  name: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  hint?: string | undefined
  rows?: number
  maxLength: number
  /** The language of the text typed, when it differs from the screen's (a Hindi template). */
  lang?: string | undefined
}

/** A labelled multi-line text with its hint and error wired to aria-describedby (as TextField). */
export function TextAreaField({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  rows = 3,
  maxLength,
  lang,
}: TextAreaFieldProps) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        lang={lang}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  )
}
