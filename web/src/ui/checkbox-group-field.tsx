import { useId } from 'react'

export interface CheckboxGroupFieldProps<T extends string> {
  legend: string
  /** The request body key. */
  name: string
  options: readonly { value: T; label: string }[]
  values: readonly T[]
  onChange: (values: T[]) => void
  hint?: string
}

/** Several choices that can all be true (forms of tobacco, earlier treatment) in a fieldset. */
export function CheckboxGroupField<T extends string>({
  legend,
  name,
  options,
  values,
  onChange,
  hint,
}: CheckboxGroupFieldProps<T>) {
  const id = useId()
  const toggle = (value: T, isChecked: boolean) =>
    onChange(
      // Kept in the options' order, so the saved list does not depend on the clicking order.
      options
        .map((option) => option.value)
        .filter((option) => (option === value ? isChecked : values.includes(option))),
    )
  return (
    <fieldset
      className="field choice-list choice-list-inline"
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
