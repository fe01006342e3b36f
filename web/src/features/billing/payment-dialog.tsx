import { useState } from 'react'
import {
  PAYMENT_MODES,
  type Payment,
  type PaymentMode,
  PaymentSchema,
} from '../../../../shared/contracts/payments.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { paiseToRupeesText, rupeesToPaise } from '../plans/rupees.ts'
import { useMoneyChange } from './account-api.ts'

/** The invoice a payment is for, or none for an advance. */
export interface PaymentTarget {
  invoiceId: string
  number: string
  duePaise: number
}

interface Tender {
  key: number
  mode: PaymentMode
  amount: string
  reference: string
}

const MAX_TENDERS = 5
const NEEDS_REFERENCE = new Set<PaymentMode>(['upi', 'bank_transfer', 'cheque'])

export interface PaymentDialogProps {
  patientId: string
  isOpen: boolean
  /** The invoice being paid; null takes an advance held on the account. */
  target: PaymentTarget | null
  onPaid: (payment: Payment) => void
  onClose: () => void
}

/**
 * Takes a payment at the desk in one or more ways: ₹5,000 by UPI and the rest in cash is one
 * receipt. The first way starts at what the invoice owes; more than is owed is kept as an
 * advance only when ticked (the server refuses it otherwise).
 */
export function PaymentDialog({ patientId, isOpen, target, onPaid, onClose }: PaymentDialogProps) {
  const t = useT()
  const title = target
    ? t('payment.headingFor', { number: target.number })
    : t('payment.advanceHeading')
  return (
    <ModalDialog isOpen={isOpen} title={title} onClose={onClose}>
      {isOpen && (
        <PaymentForm patientId={patientId} target={target} onPaid={onPaid} onClose={onClose} />
      )}
    </ModalDialog>
  )
}

function PaymentForm({ patientId, target, onPaid, onClose }: Omit<PaymentDialogProps, 'isOpen'>) {
  const t = useT()
  const form = useForm()
  const send = useMoneyChange(patientId)
  const [tenders, setTenders] = useState<Tender[]>([
    {
      key: 0,
      mode: 'cash',
      amount: target ? paiseToRupeesText(target.duePaise) : '',
      reference: '',
    },
  ])
  const [keepAdvance, setKeepAdvance] = useState(target === null)
  const amounts = tenders.map((tender) => rupeesToPaise(tender.amount))
  const total = amounts.reduce<number>((sum, amount) => sum + (amount ?? 0), 0)
  const due = target?.duePaise ?? 0
  const extra = Math.max(0, total - due)

  const change = (key: number, update: Partial<Tender>) =>
    setTenders((current) =>
      current.map((tender) => (tender.key === key ? { ...tender, ...update } : tender)),
    )
  const addTender = () =>
    setTenders((current) => [
      ...current,
      {
        key: Math.max(...current.map((tender) => tender.key)) + 1,
        mode: 'cash',
        amount: paiseToRupeesText(Math.max(0, due - total)),
        reference: '',
      },
    ])

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    tenders.forEach((tender, index) => {
      const amount = amounts[index]
      if (amount === null || amount === undefined || amount <= 0) {
        errors[`tenders.${index}.amountPaise`] = t('payment.rupeesInvalid')
      }
      const reference = tender.reference.trim()
      if (NEEDS_REFERENCE.has(tender.mode) && reference === '') {
        errors[`tenders.${index}.reference`] = t('payment.referenceRequired')
      }
      if (tender.mode === 'card' && reference !== '' && !/^[0-9]{4}$/.test(reference)) {
        errors[`tenders.${index}.reference`] = t('payment.cardDigits')
      }
    })
    return errors
  }
  const submit = async () => {
    const body = {
      tenders: tenders.map((tender, index) => ({
        mode: tender.mode,
        amountPaise: amounts[index] ?? 0,
        ...(tender.reference.trim() ? { reference: tender.reference.trim() } : {}),
      })),
      allocations: target
        ? [{ invoiceId: target.invoiceId, amountPaise: Math.min(total, target.duePaise) }]
        : [],
      advance: keepAdvance,
    }
    const payment = await send(`/patients/${patientId}/payments`, 'POST', body, PaymentSchema)
    onPaid(payment)
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(submit, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      {target && (
        <p>{t('payment.due', { number: target.number, amount: formatPaise(target.duePaise) })}</p>
      )}
      {tenders.map((tender, index) => (
        <fieldset key={tender.key} className="payment-tender">
          <legend>{t('payment.tenderGroup', { n: String(index + 1) })}</legend>
          <SelectField
            label={t('payment.mode')}
            name={`tenders.${index}.mode`}
            value={tender.mode}
            onChange={(mode) => change(tender.key, { mode: mode as PaymentMode })}
          >
            {PAYMENT_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`payment.mode.${mode}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('payment.amount')}
            name={`tenders.${index}.amountPaise`}
            value={tender.amount}
            onChange={(amount) => change(tender.key, { amount })}
            prefix="₹"
            inputMode="decimal"
            autoComplete="off"
            maxLength={14}
            error={form.errorFor(`tenders.${index}.amountPaise`)}
          />
          {tender.mode !== 'cash' && (
            <TextField
              label={t(`payment.reference.${tender.mode}`)}
              name={`tenders.${index}.reference`}
              value={tender.reference}
              onChange={(reference) => change(tender.key, { reference })}
              autoComplete="off"
              maxLength={40}
              error={form.errorFor(`tenders.${index}.reference`)}
            />
          )}
          {tenders.length > 1 && (
            <button
              type="button"
              className="button-secondary"
              onClick={() =>
                setTenders((current) => current.filter((row) => row.key !== tender.key))
              }
            >
              {t('payment.removeTender', { n: String(index + 1) })}
            </button>
          )}
        </fieldset>
      ))}
      {tenders.length < MAX_TENDERS && (
        <button type="button" className="button-secondary" onClick={addTender}>
          {t('payment.addTender')}
        </button>
      )}
      <p className="payment-total" aria-live="polite">
        {t('payment.total', { amount: formatPaise(total) })}
      </p>
      {(target === null || extra > 0) && (
        <CheckboxField
          label={t('payment.keepAdvance', { amount: formatPaise(target ? extra : total) })}
          name="advance"
          isChecked={keepAdvance}
          onChange={setKeepAdvance}
          error={form.errorFor('advance')}
        />
      )}
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('payment.record')}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
