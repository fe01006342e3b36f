import { useId, useState } from 'react'
import {
  type InstalmentPlan,
  MAX_INSTALMENTS,
  PatientAccountSchema,
} from '../../../../shared/contracts/payments.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ModalDialog } from '../../ui/modal-dialog.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage, type FieldErrors, useForm } from '../../ui/use-form.ts'
import { paiseToRupeesText, rupeesToPaise } from '../plans/rupees.ts'
import { useMoneyChange } from './account-api.ts'
import { addMonths, splitEvenly } from './instalment-split.ts'

/** The issued invoice whose balance is being split, and its plan if it has one. */
export interface InstalmentsTarget {
  invoiceId: string
  number: string
  duePaise: number
  plan: InstalmentPlan | null
}

export interface InstalmentsDialogProps {
  patientId: string
  target: InstalmentsTarget | null
  /** The clinic's today (YYYY-MM-DD): the earliest date an instalment may fall on. */
  today: string
  onSaved: (message: string) => void
  onClose: () => void
}

interface Row {
  key: number
  dueOn: string
  rupees: string
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const COUNT = /^\d{1,2}$/

/**
 * An instalment plan for what an issued invoice still owes (issue #12 item 5): dated amounts
 * that add up to exactly what is due, today or later and in order; a plan replaces the one before
 * and can be removed. The server checks the same rules and its refusals land on the field they
 * name (instalments.1.dueOn, or the whole list for the sum) through the one form helper.
 */
export function InstalmentsDialog(props: InstalmentsDialogProps) {
  const t = useT()
  return (
    <ModalDialog
      isOpen={props.target !== null}
      title={t('instalments.heading', { number: props.target?.number ?? '' })}
      onClose={props.onClose}
    >
      {props.target && <InstalmentsForm {...props} target={props.target} />}
    </ModalDialog>
  )
}

let nextKey = 0
function rowsOf(split: Array<{ dueOn: string; amountPaise: number }>): Row[] {
  return split.map((row) => {
    nextKey += 1
    return { key: nextKey, dueOn: row.dueOn, rupees: paiseToRupeesText(row.amountPaise) }
  })
}

function InstalmentsForm({
  patientId,
  target,
  today,
  onSaved,
  onClose,
}: InstalmentsDialogProps & { target: InstalmentsTarget }) {
  const t = useT()
  const form = useForm()
  const send = useMoneyChange(patientId)
  const sumId = useId()
  const [count, setCount] = useState('3')
  const [firstDueOn, setFirstDueOn] = useState(today)
  const [rows, setRows] = useState<Row[]>(() => rowsOf(splitEvenly(target.duePaise, 3, today)))
  const [note, setNote] = useState('')
  const [isRemoving, setRemoving] = useState(false)
  const [removeError, setRemoveError] = useState<string | null>(null)
  const path = `/patients/${patientId}/invoices/${target.invoiceId}/instalments`

  const amounts = rows.map((row) => rupeesToPaise(row.rupees))
  const sum = amounts.reduce<number>((total, paise) => total + (paise ?? 0), 0)
  const countNumber = COUNT.test(count.trim()) ? Number(count.trim()) : 0
  const canSplit = countNumber >= 1 && countNumber <= MAX_INSTALMENTS && ISO_DATE.test(firstDueOn)

  const change = (key: number, update: Partial<Row>) =>
    setRows((now) => now.map((row) => (row.key === key ? { ...row, ...update } : row)))
  const split = () => {
    if (canSplit) setRows(rowsOf(splitEvenly(target.duePaise, countNumber, firstDueOn)))
  }
  const addRow = () => {
    const last = rows.at(-1)
    setRows((now) => [
      ...now,
      ...rowsOf([{ dueOn: last ? addMonths(last.dueOn, 1) : today, amountPaise: 0 }]),
    ])
  }

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    rows.forEach((row, index) => {
      const previous = rows[index - 1]
      if (!ISO_DATE.test(row.dueOn)) errors[`instalments.${index}.dueOn`] = t('form.required')
      else if (row.dueOn < today) errors[`instalments.${index}.dueOn`] = t('instalments.past')
      else if (previous && row.dueOn <= previous.dueOn) {
        errors[`instalments.${index}.dueOn`] = t('instalments.order')
      }
      const paise = amounts[index]
      if (paise === null || paise === undefined || paise <= 0) {
        errors[`instalments.${index}.amountPaise`] = t('payment.rupeesInvalid')
      }
    })
    if (rows.length === 0) errors.instalments = t('instalments.none')
    else if (sum !== target.duePaise) {
      errors.instalments = t('instalments.sumMismatch', {
        sum: formatPaise(sum),
        due: formatPaise(target.duePaise),
      })
    }
    return errors
  }
  const submit = async () => {
    await send(
      path,
      'PUT',
      {
        instalments: rows.map((row, index) => ({
          dueOn: row.dueOn,
          amountPaise: amounts[index] ?? 0,
        })),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      PatientAccountSchema,
    )
    onSaved(t('instalments.saved', { number: target.number, count: String(rows.length) }))
  }
  const remove = async () => {
    setRemoving(true)
    setRemoveError(null)
    try {
      await send(path, 'DELETE', undefined, PatientAccountSchema)
      onSaved(t('instalments.removed', { number: target.number }))
    } catch (failure) {
      setRemoveError(apiErrorMessage(failure, t))
    } finally {
      setRemoving(false)
    }
  }

  const listError = form.errorFor('instalments')
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(submit, validate)}>
      <ErrorAlert>{form.formError ?? removeError}</ErrorAlert>
      <p>
        {t('instalments.owes', { number: target.number, amount: formatPaise(target.duePaise) })}
      </p>
      {target.plan && <p className="muted">{t('instalments.replaces')}</p>}
      <fieldset className="field instalments-split">
        <legend>{t('instalments.splitLegend')}</legend>
        <div className="field-grid">
          <TextField
            label={t('instalments.count')}
            name="count"
            value={count}
            onChange={setCount}
            inputMode="numeric"
            maxLength={2}
            autoComplete="off"
          />
          <TextField
            label={t('instalments.firstDueOn')}
            name="firstDueOn"
            type="date"
            value={firstDueOn}
            min={today}
            onChange={setFirstDueOn}
          />
        </div>
        <div className="button-row">
          <button type="button" className="button-secondary" onClick={split} disabled={!canSplit}>
            {t('instalments.split')}
          </button>
        </div>
      </fieldset>
      <fieldset
        className="field instalments-rows"
        name="instalments"
        aria-describedby={listError ? sumId : `${sumId}-total`}
      >
        <legend>{t('instalments.rowsLegend')}</legend>
        {rows.map((row, index) => {
          const number = String(index + 1)
          return (
            <div key={row.key} className="field-grid instalment-row">
              <TextField
                label={t('instalments.dueOn', { number })}
                name={`instalments.${index}.dueOn`}
                type="date"
                value={row.dueOn}
                min={today}
                onChange={(dueOn) => change(row.key, { dueOn })}
                error={form.errorFor(`instalments.${index}.dueOn`)}
              />
              <TextField
                label={t('instalments.amount', { number })}
                name={`instalments.${index}.amountPaise`}
                value={row.rupees}
                onChange={(rupees) => change(row.key, { rupees })}
                prefix="₹"
                inputMode="decimal"
                autoComplete="off"
                maxLength={14}
                error={form.errorFor(`instalments.${index}.amountPaise`)}
              />
              <div className="button-row">
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() =>
                    setRows((now) => now.filter((candidate) => candidate.key !== row.key))
                  }
                >
                  {t('instalments.removeRow', { number })}
                </button>
              </div>
            </div>
          )
        })}
        <p id={`${sumId}-total`} aria-live="polite">
          {t('instalments.total', { sum: formatPaise(sum), due: formatPaise(target.duePaise) })}
        </p>
        {listError && (
          <p id={sumId} className="field-error">
            {listError}
          </p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={addRow}
            disabled={rows.length >= MAX_INSTALMENTS}
          >
            {t('instalments.addRow')}
          </button>
        </div>
      </fieldset>
      <TextField
        label={t('instalments.note')}
        name="note"
        value={note}
        onChange={setNote}
        maxLength={500}
        isOptional
        optionalLabel={t('form.optional')}
        error={form.errorFor('note')}
      />
      <div className="button-row">
        <button type="submit" disabled={form.isSending || isRemoving}>
          {form.isSending ? t('form.sending') : t('instalments.save')}
        </button>
        {target.plan && (
          <button
            type="button"
            className="button-danger-quiet"
            disabled={form.isSending || isRemoving}
            onClick={() => void remove()}
          >
            {t('instalments.removePlan')}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
