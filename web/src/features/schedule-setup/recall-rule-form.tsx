import { useState } from 'react'
import type { AppointmentType, RecallRule } from '../../../../shared/contracts/schedule.ts'
import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import {
  SetupForm,
  type SetupFormButtons,
  SetupNameField,
  WholeNumberField,
} from './setup-form.tsx'
import { isValidMonths } from './setup-values.ts'

export type RecallRuleValues = Pick<RecallRule, 'name' | 'intervalMonths' | 'afterTypeId'>

export interface RecallRuleFormProps extends SetupFormButtons {
  initial?: RecallRuleValues
  /** Every appointment type; those out of use are offered only if the rule already uses one. */
  types: AppointmentType[]
  onSubmit: (values: RecallRuleValues) => Promise<void>
  isAdding?: boolean
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
    <SetupForm form={form} send={send} validate={validate} buttons={props}>
      <div className="field-grid">
        <SetupNameField value={name} onChange={setName} error={form.errorFor('name')} />
        <WholeNumberField
          form={form}
          name="intervalMonths"
          label={t('scheduleSetup.recalls.interval')}
          hint={t('scheduleSetup.recalls.intervalHint')}
          min={1}
          max={60}
          value={months}
          onChange={setMonths}
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
    </SetupForm>
  )
}
