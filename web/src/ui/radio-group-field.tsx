import { useId } from 'react'
import { FieldError, FieldHint } from './field-messages.tsx'

export interface RadioGroupFieldProps {
  legend: string
  /** The request body key; server errors naming it are shown here. */
  name: string
  value: string
  options: readonly { value: string; label: string }[]
  onChange: (value: string) => void
  hint?: string | undefined
  error?: string | undefined
  /** Options side by side (short labels) instead of one per line. */
  isInline?: boolean
  className?: string
}

/**
 * A set of radio buttons in a fieldset. One Tab stop: arrow keys move between the options and
 * choose as they go, which keeps short choices (sex) as fast as a select for keyboard users.
 */
export function RadioGroupField({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
  error,
  isInline = false,
  className,
}: RadioGroupFieldProps) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return (
    <fieldset
      className={['field choice-list', isInline ? 'choice-list-inline' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
    >
      <legend>{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <div className="choices">
        {options.map((option, index) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              // The first option carries the invalid state, so the form can move focus to it.
              aria-invalid={error && index === 0 ? true : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  )
}
