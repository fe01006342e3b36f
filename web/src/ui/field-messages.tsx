/** The ids a field's hint and error use, joined for aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** Shown between the label and the input, so it is read before typing. */
export function FieldHint({ id, hint }: { id: string; hint?: string | undefined }) {
  if (!hint) return null
  return (
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
  )
}

/** Shown under the input it is about. */
export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null
  return (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  )
}
