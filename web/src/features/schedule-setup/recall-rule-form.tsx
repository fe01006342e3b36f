import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import type { AppointmentType, RecallRule } from './schedule-types.ts'
import { isValidMonths } from './setup-values.ts'

export type RecallRuleValues = Pick<RecallRule, 'name' | 'intervalMonths' | 'afterTypeId'>

export interface RecallRuleFormProps {
  initial?: RecallRuleValues
  /** Every appointment type; those out of use are offered only if the rule already uses one. */
  types: AppointmentType[]
  submitLabel: string
  onSubmit: (values: RecallRuleValues) => Promise<void>
  isAdding?: boolean
  onCancel?: () => void
}

/** A recall rule: its name, every how many months, and counted from which appointments. */
export function RecallRuleForm(props: RecallRuleFormProps) {
  const t = useT()
  const form = useForm()
  const initial = props.initial
  const [name, setName] = useState(initial?.name ?? '')
  const [months, setMonths] = useState(initial ? String(initial.intervalMonths) : '6')
  const [afterTypeId, setAfterTypeId] = useState(initial?.afterTypeId ?? '')
  const offered = props.types.filter((type) => type.isActive || type.id === initial?.afterTypeId)

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (!name.trim()) errors.name = t('form.required')
    if (!isValidMonths(months)) errors.intervalMonths = t('scheduleSetup.recalls.intervalInvalid')
    return errors
  }
  const send = async () => {
    await props.onSubmit({
      name: name.trim(),
      intervalMonths: Number(months),
      afterTypeId: afterTypeId || null,
    })
    if (props.isAdding) {
      setName('')
      setMonths('6')
      setAfterTypeId('')
    }
  }
  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="field-grid">
        <TextField
          label={t('scheduleSetup.name')}
          name="name"
          value={name}
          onChange={setName}
          error={form.errorFor('name')}
          maxLength={80}
        />
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          label={t('scheduleSetup.recalls.interval')}
          name="intervalMonths"
          hint={t('scheduleSetup.recalls.intervalHint')}
          value={months}
          onChange={setMonths}
          error={form.errorFor('intervalMonths')}
        />
        <SelectField
          label={t('scheduleSetup.recalls.after')}
          name="afterTypeId"
          value={afterTypeId}
          onChange={setAfterTypeId}
          error={form.errorFor('afterTypeId')}
        >
          <option value="">{t('scheduleSetup.recalls.anyVisit')}</option>
          {offered.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button-secondary" onClick={props.onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
