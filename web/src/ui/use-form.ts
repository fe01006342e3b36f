import { type FormEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react'
import type { Translate } from '../i18n/language-provider.tsx'
import { useT } from '../i18n/use-t.ts'
import { ApiError } from '../lib/api.ts'
import { errorText, issueText } from '../lib/error-text.ts'

export type FieldErrors = Record<string, string>

export interface FormController {
  ref: RefObject<HTMLFormElement | null>
  isSending: boolean
  formError: string | null
  errorFor: (field: string) => string | undefined
  /** Replaces the form's errors (for answers a page handles itself). */
  showErrors: (formError: string | null, fieldErrors?: FieldErrors) => void
  /**
   * onSubmit handler: runs `validate` (client-side, translated messages) and, when it finds
   * nothing, `send`. API errors become field errors for fields in this form, or a form error.
   */
  handleSubmit: (
    send: () => Promise<void>,
    validate?: () => FieldErrors,
  ) => (event: FormEvent<HTMLFormElement>) => void
}

export function useForm(): FormController {
  const t = useT()
  const ref = useRef<HTMLFormElement>(null)
  const [isSending, setSending] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [focusRequest, setFocusRequest] = useState(0)

  // After errors render, move focus to the first invalid field so keyboard and screen reader
  // users land where the problem is.
  useEffect(() => {
    if (focusRequest === 0) return
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [focusRequest])

  const showErrors = useCallback((nextFormError: string | null, nextFields: FieldErrors = {}) => {
    setFormError(nextFormError)
    setFieldErrors(nextFields)
    setFocusRequest((count) => count + 1)
  }, [])

  const handleSubmit = useCallback(
    (send: () => Promise<void>, validate?: () => FieldErrors) =>
      (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault()
        if (isSending) return
        const found = validate?.() ?? {}
        if (Object.keys(found).length > 0) {
          showErrors(t('form.fixErrors'), found)
          return
        }
        setFormError(null)
        setFieldErrors({})
        setSending(true)
        void send()
          .catch((error: unknown) => {
            const shown = describeFailure(error, ref.current, t)
            showErrors(shown.formError, shown.fieldErrors)
          })
          .finally(() => setSending(false))
      },
    [isSending, showErrors, t],
  )

  const errorFor = useCallback((field: string) => fieldErrors[field], [fieldErrors])
  return { ref, isSending, formError, errorFor, showErrors, handleSubmit }
}

/** Splits an API failure into messages for this form's fields and one for the whole form. */
export function describeFailure(
  error: unknown,
  form: HTMLFormElement | null,
  t: Translate,
): { formError: string; fieldErrors: FieldErrors } {
  if (!(error instanceof ApiError)) {
    // A bug in the page, not an answer from the server: keep it visible to developers.
    console.error(error)
    return { formError: t('error.server'), fieldErrors: {} }
  }
  const fieldErrors: FieldErrors = {}
  for (const issue of error.issues) {
    const isInForm = form?.querySelector(`[name="${CSS.escape(issue.field)}"]`)
    if (isInForm && !fieldErrors[issue.field]) {
      fieldErrors[issue.field] = issueText(issue, t)
    }
  }
  const hasFieldErrors = Object.keys(fieldErrors).length > 0
  return {
    formError: hasFieldErrors ? t('form.fixErrors') : apiErrorMessage(error, t),
    fieldErrors,
  }
}

/** The message to show for an API error, in the current language (see lib/error-text.ts). */
export function apiErrorMessage(error: unknown, t: Translate): string {
  return errorText(error, t)
}
