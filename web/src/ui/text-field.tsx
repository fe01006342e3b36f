import { type InputHTMLAttributes, type Ref, useId } from 'react'
import { describedBy, FieldError, FieldHint } from './field-messages.tsx'

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>

export interface TextFieldProps extends InputProps {
  label: string
  /** The request body key; server errors naming it are shown here. */
  name: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  hint?: string | undefined
  isOptional?: boolean
  optionalLabel?: string
  inputRef?: Ref<HTMLInputElement>
  /** Fixed text shown before the input, such as +91; the hint must say the same in words. */
  prefix?: string
}

/** A labelled input with its hint and error wired to aria-describedby for screen readers. */
export function TextField({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  isOptional = false,
  optionalLabel,
  inputRef,
  prefix,
  className,
  ...input
}: TextFieldProps) {
  const id = useId()
  const control = (
    <input
      {...input}
      ref={inputRef}
      id={id}
      name={name}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
    />
  )
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {isOptional && optionalLabel && <span className="field-optional"> ({optionalLabel})</span>}
      </label>
      <FieldHint id={id} hint={hint} />
      {prefix ? (
        <div className="input-group">
          <span className="input-prefix" aria-hidden="true">
            {prefix}
          </span>
          {control}
        </div>
      ) : (
        control
      )}
      <FieldError id={id} error={error} />
    </div>
  )
}
