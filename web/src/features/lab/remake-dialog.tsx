import { useState } from 'react'
import type { LabCase } from '../../../../shared/contracts/lab.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'

export interface RemakeDialogProps {
  row: LabCase | null
  onClose: () => void
  onRemake: (row: LabCase, body: { reason: string; dueOn: string }) => Promise<void>
}

/** Why the work is made again and when the remake is due; the server opens the new case. */
export function RemakeDialog({ row, onClose, onRemake }: RemakeDialogProps) {
  const t = useT()
  const form = useForm()
  const [reason, setReason] = useState('')
  const [dueOn, setDueOn] = useState('')
  const close = () => {
    setReason('')
    setDueOn('')
    onClose()
  }
  const validate = () => ({
    ...(reason.trim() === '' ? { reason: t('lab.required') } : {}),
    ...(dueOn === '' ? { dueOn: t('lab.required') } : {}),
  })
  return (
    <ModalDialog isOpen={row !== null} title={t('lab.remake')} onClose={close}>
      {row && (
        <form
          ref={form.ref}
          noValidate
          onSubmit={form.handleSubmit(async () => {
            await onRemake(row, { reason: reason.trim(), dueOn })
            close()
          }, validate)}
        >
          <ErrorAlert>{form.formError}</ErrorAlert>
          <TextField
            label={t('lab.remakeReason')}
            name="reason"
            value={reason}
            onChange={setReason}
            hint={t('lab.remakeReasonHint')}
            error={form.errorFor('reason')}
            maxLength={500}
          />
          <TextField
            label={t('lab.dueOn')}
            name="dueOn"
            type="date"
            value={dueOn}
            onChange={setDueOn}
            error={form.errorFor('dueOn')}
          />
          <div className="button-row">
            <button type="submit" disabled={form.isSending}>
              {form.isSending ? t('form.sending') : t('lab.remakeSend')}
            </button>
            <button type="button" className="button-secondary" onClick={close}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  )
}
