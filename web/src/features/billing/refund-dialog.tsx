import { useState } from 'react'
import {
  PAYMENT_MODES,
  type PaymentMode,
  type Refund,
  RefundSchema,
} from '../../../../shared/contracts/payments.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { paiseToRupeesText, rupeesToPaise } from '../plans/rupees.ts'
import { useMoneyChange } from './account-api.ts'

export interface RefundDialogProps {
  patientId: string
  isOpen: boolean
  creditPaise: number
  onRefunded: (refund: Refund) => void
  onClose: () => void
}

/** Pays credit held on the account back to the patient, with a refund voucher. */
export function RefundDialog(props: RefundDialogProps) {
  const t = useT()
  return (
    <ModalDialog isOpen={props.isOpen} title={t('refund.heading')} onClose={props.onClose}>
      {props.isOpen && <RefundForm {...props} />}
    </ModalDialog>
  )
}

function RefundForm({ patientId, creditPaise, onRefunded, onClose }: RefundDialogProps) {
  const t = useT()
  const form = useForm()
  const send = useMoneyChange(patientId)
  const [amount, setAmount] = useState(paiseToRupeesText(creditPaise))
  const [mode, setMode] = useState<PaymentMode>('cash')
  const [reference, setReference] = useState('')
  const [reason, setReason] = useState('')
  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    const paise = rupeesToPaise(amount)
    if (paise === null || paise <= 0) errors.amountPaise = t('payment.rupeesInvalid')
    if (reason.trim() === '') errors.reason = t('form.required')
    if (mode !== 'cash' && mode !== 'card' && reference.trim() === '') {
      errors.reference = t('payment.referenceRequired')
    }
    return errors
  }
  const submit = async () => {
    const refund = await send(
      `/patients/${patientId}/refunds`,
      'POST',
      {
        amountPaise: rupeesToPaise(amount) ?? 0,
        mode,
        ...(reference.trim() ? { reference: reference.trim() } : {}),
        reason: reason.trim(),
      },
      RefundSchema,
    )
    onRefunded(refund)
  }
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(submit, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <p>{t('refund.available', { amount: formatPaise(creditPaise) })}</p>
      <TextField
        label={t('payment.amount')}
        name="amountPaise"
        value={amount}
        onChange={setAmount}
        prefix="₹"
        inputMode="decimal"
        autoComplete="off"
        maxLength={14}
        error={form.errorFor('amountPaise')}
      />
      <SelectField
        label={t('payment.mode')}
        name="mode"
        value={mode}
        onChange={(value) => setMode(value as PaymentMode)}
      >
        {PAYMENT_MODES.map((option) => (
          <option key={option} value={option}>
            {t(`payment.mode.${option}`)}
          </option>
        ))}
      </SelectField>
      {mode !== 'cash' && (
        <TextField
          label={t(`payment.reference.${mode}`)}
          name="reference"
          value={reference}
          onChange={setReference}
          autoComplete="off"
          maxLength={40}
          error={form.errorFor('reference')}
        />
      )}
      <TextField
        label={t('refund.reason')}
        name="reason"
        value={reason}
        onChange={setReason}
        maxLength={500}
        error={form.errorFor('reason')}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('refund.record')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
