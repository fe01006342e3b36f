import { type ReactNode, type SelectHTMLAttributes, useId } from 'react'
import { describedBy, FieldError, FieldHint } from './field-messages.tsx'

type SelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'name' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>

export interface SelectFieldProps extends SelectProps {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  hint?: string | undefined
  children: ReactNode
}

export function SelectField({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  children,
  className,
  ...select
}: SelectFieldProps) {
  const id = useId()
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <select
        {...select}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {children}
      </select>
      <FieldError id={id} error={error} />
    </div>
  )
}
