import { useState } from 'react'
import { useT } from '../i18n/use-t.ts'
import { ErrorAlert } from './alerts.tsx'
import { ModalDialog } from './modal-dialog.tsx'
import { apiErrorMessage } from './use-form.ts'

export interface ConfirmDialogProps {
  isOpen: boolean
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => Promise<void>
  onClose: () => void
}

/** Asks before a consequential action; shows the server's refusal inside the dialog. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useT()
  const [isSending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const close = () => {
    setError(null)
    props.onClose()
  }
  const confirm = async () => {
    setSending(true)
    setError(null)
    try {
      await props.onConfirm()
      props.onClose()
    } catch (failure) {
      setError(apiErrorMessage(failure, t))
    } finally {
      setSending(false)
    }
  }

  return (
    <ModalDialog isOpen={props.isOpen} title={props.title} onClose={close}>
      <p>{props.body}</p>
      <ErrorAlert>{error}</ErrorAlert>
      <div className="button-row">
        {/* Cancel comes first: showModal() focuses it, so Enter on open does no harm. */}
        <button type="button" className="button-secondary" onClick={close}>
          {t('form.cancel')}
        </button>
        <button type="button" className="button-danger" onClick={confirm} disabled={isSending}>
          {props.confirmLabel}
        </button>
      </div>
    </ModalDialog>
  )
}
