import { useRef, useState } from 'react'
import { ALLOWED_GST_RATES_BP } from '../../../../shared/billing/index.ts'
import type { Invoice } from '../../../../shared/contracts/billing.ts'
import type { Procedure } from '../../../../shared/contracts/catalogue.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import { INDIAN_STATES } from '../../../../shared/india/states.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { percent } from '../plans/item-row.tsx'
import { ProcedurePicker } from '../plans/procedure-picker.tsx'
import {
  checkDraft,
  type DraftProblem,
  draftBody,
  draftTax,
  emptyLine,
  type InvoiceDraftState,
  type PlanItemChoice,
  procedureLine,
  type TypedLine,
} from './invoice-draft.ts'
import { InvoiceTotals } from './invoice-totals.tsx'

export interface InvoiceFormProps {
  /** The completed items it may bill: not yet billed, plus those on the draft being changed. */
  choices: readonly PlanItemChoice[]
  procedures: readonly Procedure[]
  /** Whether the clinic has a GSTIN (billable-items' supplierRegistered). */
  registered: boolean
  initial: InvoiceDraftState
  /** The draft being changed; null for a new invoice. */
  editing: Invoice | null
  patientName: string
  /** Billing one visit (?bill= from today's list): its day, whose completed items are ticked. */
  visitDate?: string | null
  onSave: (body: ReturnType<typeof draftBody>) => Promise<void>
  /** Saves, then asks to issue at once: the front desk's usual case, in one step fewer. */
  onSaveAndIssue?: (body: ReturnType<typeof draftBody>) => Promise<void>
  onCancel: () => void
}

const PROBLEM_KEYS = {
  required: 'form.required',
  sac: 'billing.sacInvalid',
  quantity: 'billing.quantityInvalid',
  rupees: 'billing.rupeesInvalid',
  discount: 'billing.discountTooBig',
  noLines: 'billing.noLines',
} as const satisfies Record<DraftProblem, string>

/**
 * A new invoice or a draft being changed: the completed treatment (pre-ticked), lines from the
 * procedure catalogue or typed, who is billed, and the round-off, with the totals worked out as
 * they are typed by the server's own arithmetic (shared/billing computeInvoiceTax). Field names
 * are the request's (lines.0.unitPricePaise, recipient.gstin), so the server's refusals land on
 * the field they name.
 */
export function InvoiceForm(props: InvoiceFormProps) {
  const { choices, procedures, registered, editing } = props
  const t = useT()
  const form = useForm()
  const [state, setState] = useState<InvoiceDraftState>(props.initial)
  const [procedureId, setProcedureId] = useState('')
  // Which submit button was pressed: both submit the one form, so validation runs for either.
  const intent = useRef<'save' | 'issue'>('save')
  const tax = draftTax(state, choices, registered)

  const change = (update: Partial<InvoiceDraftState>) => setState((now) => ({ ...now, ...update }))
  const changeLine = (key: string, update: Partial<TypedLine>) =>
    setState((now) => ({
      ...now,
      lines: now.lines.map((line) => (line.key === key ? { ...line, ...update } : line)),
    }))
  const toggle = (id: string, isTicked: boolean) =>
    setState((now) => ({
      ...now,
      // Kept in the order the items are listed: the order of the invoice's lines.
      planItemIds: choices
        .map((choice) => choice.id)
        .filter((choiceId) => (choiceId === id ? isTicked : now.planItemIds.includes(choiceId))),
    }))
  const addProcedure = () => {
    const procedure = procedures.find((row) => row.id === procedureId)
    if (!procedure) return
    change({ lines: [...state.lines, procedureLine(procedure)] })
    setProcedureId('')
  }

  const validate = (): FieldErrors => {
    const found: FieldErrors = {}
    for (const [field, problem] of Object.entries(checkDraft(state))) {
      found[field] = t(PROBLEM_KEYS[problem])
    }
    return found
  }
  const send = () => {
    const body = draftBody(state, {
      patientName: props.patientName,
      wasCompany: editing !== null && editing.recipient.gstin !== null,
    })
    return intent.current === 'issue' && props.onSaveAndIssue
      ? props.onSaveAndIssue(body)
      : props.onSave(body)
  }

  return (
    <form
      ref={form.ref}
      noValidate
      className="invoice-form section-gap"
      aria-labelledby="invoice-form-heading"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <h3 id="invoice-form-heading">
        {editing ? t('billing.formHeadingEdit') : t('billing.formHeadingNew')}
      </h3>
      <ErrorAlert>{form.formError}</ErrorAlert>

      <fieldset className="field">
        <legend>{t('billing.completedHeading')}</legend>
        {props.visitDate && (
          <p className="muted">{t('desk.visitTicked', { date: formatDate(props.visitDate) })}</p>
        )}
        {choices.length === 0 && <p className="muted">{t('billing.completedEmpty')}</p>}
        {choices.map((choice) => {
          const position = state.planItemIds.indexOf(choice.id)
          const gross = choice.unitPricePaise * choice.quantity - choice.discountPaise
          const taxText = choice.taxable
            ? t('billing.gstRateShort', { rate: `${percent(choice.gstRateBp)}%` })
            : t('billing.exempt')
          return (
            <CheckboxField
              key={choice.id}
              name={position >= 0 ? `planItemIds.${position}` : `planItem-${choice.id}`}
              label={t('billing.completedItem', {
                description: choice.description,
                amount: formatPaise(gross),
              })}
              hint={
                choice.completedAt && choice.doctorName
                  ? t('billing.completedHint', {
                      date: formatDate(choice.completedAt),
                      doctor: choice.doctorName,
                      tax: taxText,
                    })
                  : taxText
              }
              isChecked={position >= 0}
              onChange={(isTicked) => toggle(choice.id, isTicked)}
              error={position >= 0 ? form.errorFor(`planItemIds.${position}`) : undefined}
            />
          )
        })}
      </fieldset>

      <section className="section-gap" aria-labelledby="invoice-lines-heading">
        <h4 id="invoice-lines-heading">{t('billing.linesHeading')}</h4>
        <p className="muted">{t('billing.linesIntro')}</p>
        {form.errorFor('lines') && <p className="field-error">{form.errorFor('lines')}</p>}
        {state.lines.map((line, index) => (
          <LineFields
            key={line.key}
            line={line}
            index={index}
            errorFor={form.errorFor}
            onChange={(update) => changeLine(line.key, update)}
            onRemove={() => change({ lines: state.lines.filter((row) => row.key !== line.key) })}
          />
        ))}
        <div className="invoice-add-line">
          <ProcedurePicker
            procedures={procedures.filter((procedure) => !procedure.isArchived)}
            value={procedureId}
            onChange={setProcedureId}
          />
          <div className="button-row">
            <button
              type="button"
              className="button-secondary"
              onClick={addProcedure}
              disabled={procedureId === ''}
            >
              {t('billing.addProcedure')}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => change({ lines: [...state.lines, emptyLine()] })}
            >
              {t('billing.addTyped')}
            </button>
          </div>
        </div>
      </section>

      <RadioGroupField
        legend={t('billing.recipientLegend')}
        name="recipientKind"
        value={state.recipientKind}
        isInline
        options={[
          { value: 'patient', label: t('billing.recipient.patient') },
          { value: 'company', label: t('billing.recipient.company') },
        ]}
        onChange={(kind) => change({ recipientKind: kind === 'company' ? 'company' : 'patient' })}
      />
      {state.recipientKind === 'company' && (
        <div className="field-grid">
          <TextField
            label={t('billing.recipient.name')}
            name="recipient.name"
            value={state.company.name}
            onChange={(name) => change({ company: { ...state.company, name } })}
            error={form.errorFor('recipient.name')}
            maxLength={200}
            autoComplete="organization"
          />
          <TextField
            label={t('billing.recipient.gstin')}
            name="recipient.gstin"
            value={state.company.gstin}
            onChange={(gstin) => change({ company: { ...state.company, gstin } })}
            hint={t('billing.recipient.gstinHint')}
            error={form.errorFor('recipient.gstin')}
            maxLength={15}
            autoComplete="off"
          />
          <TextField
            label={t('billing.recipient.address')}
            name="recipient.address"
            value={state.company.address}
            onChange={(address) => change({ company: { ...state.company, address } })}
            error={form.errorFor('recipient.address')}
            isOptional
            optionalLabel={t('form.optional')}
            maxLength={500}
            autoComplete="street-address"
          />
          <SelectField
            label={t('billing.recipient.state')}
            name="recipient.stateCode"
            value={state.company.stateCode}
            onChange={(stateCode) => change({ company: { ...state.company, stateCode } })}
            error={form.errorFor('recipient.stateCode')}
          >
            <option value="">{t('form.choose')}</option>
            {INDIAN_STATES.map((row) => (
              <option key={row.code} value={row.code}>
                {row.name}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      <CheckboxField
        label={t('billing.roundOff')}
        name="roundOff"
        isChecked={state.roundOff}
        onChange={(roundOff) => change({ roundOff })}
      />

      <section aria-labelledby="invoice-totals-heading" aria-live="polite">
        <h4 id="invoice-totals-heading">{t('billing.totalsHeading')}</h4>
        {tax === null && <p className="muted">{t('billing.totals.incomplete')}</p>}
        {tax !== null && !tax.ok && (
          <p className="muted">
            {tax.errors.some((error) => error.code === 'unregistered_supplier')
              ? t('billing.totals.unregistered')
              : t('billing.totals.incomplete')}
          </p>
        )}
        {tax?.ok && (
          <InvoiceTotals
            kind={tax.invoice.kind}
            totals={{
              taxableValuePaise: tax.invoice.totals.taxableValuePaise,
              exemptValuePaise: tax.invoice.totals.exemptValuePaise,
              cgstPaise: tax.invoice.totals.cgstPaise,
              sgstPaise: tax.invoice.totals.sgstPaise,
              roundOffPaise: tax.invoice.totals.roundOffPaise,
              totalPaise: tax.invoice.totals.grandTotalPaise,
            }}
          />
        )}
      </section>

      <div className="button-row">
        {props.onSaveAndIssue && (
          <button
            type="submit"
            disabled={form.isSending}
            onClick={() => {
              intent.current = 'issue'
            }}
          >
            {t('desk.saveAndIssue')}
          </button>
        )}
        <button
          type="submit"
          className={props.onSaveAndIssue ? 'button-secondary' : undefined}
          disabled={form.isSending}
          onClick={() => {
            intent.current = 'save'
          }}
        >
          {form.isSending ? t('form.sending') : t('billing.saveDraft')}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}

function LineFields({
  line,
  index,
  errorFor,
  onChange,
  onRemove,
}: {
  line: TypedLine
  index: number
  errorFor: (field: string) => string | undefined
  onChange: (update: Partial<TypedLine>) => void
  onRemove: () => void
}) {
  const t = useT()
  const at = (field: string) => `lines.${index}.${field}`
  const number = String(index + 1)
  return (
    <fieldset className="invoice-line">
      <legend>{t('billing.lineLegend', { number })}</legend>
      <div className="field-grid">
        <TextField
          label={t('billing.line.description')}
          name={at('description')}
          value={line.description}
          onChange={(description) => onChange({ description })}
          error={errorFor(at('description'))}
          maxLength={200}
          autoComplete="off"
        />
        <TextField
          label={t('billing.line.sac')}
          name={at('sacCode')}
          value={line.sacCode}
          onChange={(sacCode) => onChange({ sacCode })}
          hint={t('billing.line.sacHint')}
          error={errorFor(at('sacCode'))}
          inputMode="numeric"
          maxLength={8}
          autoComplete="off"
        />
        <TextField
          label={t('billing.line.quantity')}
          name={at('quantity')}
          value={line.quantity}
          onChange={(quantity) => onChange({ quantity })}
          error={errorFor(at('quantity'))}
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
        />
        <TextField
          label={t('billing.line.price')}
          name={at('unitPricePaise')}
          value={line.price}
          onChange={(price) => onChange({ price })}
          prefix="₹"
          hint={t('billing.rupeesHint')}
          error={errorFor(at('unitPricePaise'))}
          inputMode="decimal"
          maxLength={14}
          autoComplete="off"
        />
        <TextField
          label={t('billing.line.discount')}
          name={at('discountPaise')}
          value={line.discount}
          onChange={(discount) => onChange({ discount })}
          prefix="₹"
          hint={t('billing.rupeesHint')}
          error={errorFor(at('discountPaise'))}
          inputMode="decimal"
          maxLength={14}
          autoComplete="off"
          isOptional
          optionalLabel={t('form.optional')}
        />
        <SelectField
          label={t('billing.line.gstRate')}
          name={at('gstRateBp')}
          value={line.gstRateBp}
          onChange={(gstRateBp) => onChange({ gstRateBp })}
          error={errorFor(at('gstRateBp')) ?? errorFor(at('taxable'))}
        >
          {ALLOWED_GST_RATES_BP.map((rate) => (
            <option key={rate} value={String(rate)}>
              {rate === 0 ? t('billing.line.exemptRate') : `${percent(rate)}%`}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onRemove}>
          {t('billing.line.remove', { number })}
        </button>
      </div>
    </fieldset>
  )
}
