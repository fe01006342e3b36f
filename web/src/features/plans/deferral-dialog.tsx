import { useState } from 'react'
import {
  DEFERRAL_REASONS,
  type DeferralReason,
  type NewDeferral,
  type NotBookedRow,
} from '../../../../shared/contracts/plans.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { parseIndianDate } from '../../lib/indian-date.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'

export interface DeferralDialogProps {
  row: NotBookedRow | null
  onSave: (row: NotBookedRow, body: NewDeferral) => Promise<void>
  onClose: () => void
}

/** Why the patient is not booking yet (cost, time, fear, other), a note and when to call back. */
export function DeferralDialog({ row, onSave, onClose }: DeferralDialogProps) {
  const t = useT()
  return (
    <ModalDialog
      isOpen={row !== null}
      title={
        row ? t('plans.deferralHeading', { patient: row.patientName, plan: row.planTitle }) : ''
      }
      onClose={onClose}
    >
      {row && <DeferralForm key={row.planId} row={row} onSave={onSave} onClose={onClose} />}
    </ModalDialog>
  )
}

function DeferralForm({
  row,
  onSave,
  onClose,
}: { row: NotBookedRow } & Omit<DeferralDialogProps, 'row'>) {
  const t = useT()
  const form = useForm()
  const [reason, setReason] = useState<DeferralReason | ''>('')
  const [note, setNote] = useState('')
  const [followUp, setFollowUp] = useState('')
  const validate = (): Record<string, string> => {
    const errors: Record<string, string> = {}
    if (reason === '') errors.reason = t('plans.deferralReasonRequired')
    if (followUp.trim() !== '' && parseIndianDate(followUp) === null) {
      errors.followUpOn = t('plans.dateInvalid')
    }
    return errors
  }
  const send = async () => {
    if (reason === '') return
    const followUpOn = followUp.trim() === '' ? null : parseIndianDate(followUp)
    await onSave(row, {
      reason,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(followUpOn ? { followUpOn } : {}),
    })
    onClose()
  }
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <RadioGroupField
        legend={t('plans.deferralReason')}
        name="reason"
        value={reason}
        options={DEFERRAL_REASONS.map((value) => ({
          value,
          label: t(`plans.deferralReason.${value}` as MessageKey),
        }))}
        onChange={(value) => setReason(value as DeferralReason)}
        error={form.errorFor('reason')}
      />
      <TextAreaField
        label={t('plans.deferralNote')}
        name="note"
        value={note}
        onChange={setNote}
        error={form.errorFor('note')}
        maxLength={500}
      />
      <TextField
        label={t('plans.followUpOn')}
        name="followUpOn"
        value={followUp}
        onChange={setFollowUp}
        hint={t('plans.dateHint')}
        error={form.errorFor('followUpOn')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('plans.saveDeferral')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
