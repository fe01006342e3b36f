import { ErrorAlert } from '../../ui/alerts.tsx'
import { CancelButton } from '../../ui/cancel-button.tsx'
import type { FormController } from '../../ui/use-form.ts'
import type { Conflict } from './use-conflict.ts'

export interface ConflictSubmitRowProps {
  form: FormController
  conflict: Conflict
  submitLabel: string
  /** The button that sends again outside working hours, offered after such a refusal. */
  anywayLabel: string
  isAnywayDisabled?: boolean
  onCancel?: () => void
}

/** The end of a booking or move form: its error, then send, send anyway (when allowed), cancel. */
export function ConflictSubmitRow({
  form,
  conflict,
  submitLabel,
  anywayLabel,
  isAnywayDisabled,
  onCancel,
}: ConflictSubmitRowProps) {
  return (
    <>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {submitLabel}
        </button>
        {conflict.canOverride && (
          <button
            type="button"
            className="button-secondary"
            disabled={isAnywayDisabled}
            onClick={conflict.submitAnyway}
          >
            {anywayLabel}
          </button>
        )}
        {onCancel && <CancelButton onClick={onCancel} />}
      </div>
    </>
  )
}
