import { useState } from 'react'
import type { Invoice } from '../../../../shared/contracts/billing.ts'
import {
  CREDIT_NOTE_REASONS,
  type CreditNote,
  type CreditNoteReason,
  CreditNoteSchema,
} from '../../../../shared/contracts/payments.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { rupeesToPaise } from '../plans/rupees.ts'
import { useMoneyChange } from './account-api.ts'

export interface CreditNoteDialogProps {
  patientId: string
  /** The issued invoice, and what each of its lines has left to credit (paise, GST included). */
  invoice: Invoice | null
  leftByLine: ReadonlyMap<string, number>
  onIssued: (note: CreditNote) => void
  onClose: () => void
}

/**
 * A credit note against an issued invoice (CGST Rule 53(1A)): a cancellation credits everything
 * left; a discount or deficiency credits the amounts typed per line, GST included, which the
 * server splits into value and tax and never lets exceed what a line has left.
 */
export function CreditNoteDialog(props: CreditNoteDialogProps) {
  const t = useT()
  const { invoice } = props
  return (
    <ModalDialog
      isOpen={invoice !== null}
      title={invoice ? t('creditNote.heading', { number: invoice.number ?? '' }) : ''}
      onClose={props.onClose}
    >
      {invoice && <CreditNoteForm key={invoice.id} {...props} invoice={invoice} />}
    </ModalDialog>
  )
}

function CreditNoteForm({
  patientId,
  invoice,
  leftByLine,
  onIssued,
  onClose,
}: CreditNoteDialogProps & { invoice: Invoice }) {
  const t = useT()
  const form = useForm()
  const send = useMoneyChange(patientId)
  const [reason, setReason] = useState<CreditNoteReason>('discount')
  const [note, setNote] = useState('')
  const [amounts, setAmounts] = useState<Record<string, string>>({})
  const lines = invoice.lines.filter((line) => (leftByLine.get(line.id) ?? 0) > 0)
  // What is sent: the lines with an amount, in invoice order; the server names them by that index.
  const asked = lines
    .map((line) => ({ line, typed: (amounts[line.id] ?? '').trim() }))
    .filter((entry) => entry.typed !== '')
  const sentIndex = (lineId: string) => asked.findIndex((entry) => entry.line.id === lineId)

  const validate = (): FieldErrors => {
    if (reason === 'cancellation') return {}
    const errors: FieldErrors = {}
    if (asked.length === 0) errors.lines = t('creditNote.noAmount')
    asked.forEach((entry, index) => {
      const paise = rupeesToPaise(entry.typed)
      if (paise === null || paise <= 0) {
        errors[`lines.${index}.amountPaise`] = t('payment.rupeesInvalid')
      }
    })
    return errors
  }
  const submit = async () => {
    const body = {
      reason,
      ...(note.trim() ? { note: note.trim() } : {}),
      lines:
        reason === 'cancellation'
          ? []
          : asked.map((entry) => ({
              invoiceLineId: entry.line.id,
              amountPaise: rupeesToPaise(entry.typed) ?? 0,
            })),
    }
    const issued = await send(
      `/patients/${patientId}/invoices/${invoice.id}/credit-notes`,
      'POST',
      body,
      CreditNoteSchema,
    )
    onIssued(issued)
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(submit, validate)}>
      <ErrorAlert>{form.formError ?? form.errorFor('lines')}</ErrorAlert>
      <SelectField
        label={t('creditNote.reason')}
        name="reason"
        value={reason}
        onChange={(value) => setReason(value as CreditNoteReason)}
      >
        {CREDIT_NOTE_REASONS.map((option) => (
          <option key={option} value={option}>
            {t(`creditNote.reason.${option}`)}
          </option>
        ))}
      </SelectField>
      {reason !== 'cancellation' &&
        lines.map((line) => {
          const index = sentIndex(line.id)
          const field = `lines.${index < 0 ? 'x' : index}.amountPaise`
          return (
            <TextField
              key={line.id}
              label={t('creditNote.lineAmount', {
                line: line.description,
                left: formatPaise(leftByLine.get(line.id) ?? 0),
              })}
              name={field}
              value={amounts[line.id] ?? ''}
              onChange={(value) => setAmounts((current) => ({ ...current, [line.id]: value }))}
              prefix="₹"
              inputMode="decimal"
              autoComplete="off"
              maxLength={14}
              isOptional
              error={index < 0 ? undefined : form.errorFor(field)}
            />
          )
        })}
      <TextField
        label={t('creditNote.note')}
        name="note"
        value={note}
        onChange={setNote}
        maxLength={500}
        isOptional
        error={form.errorFor('note')}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('creditNote.issue')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
