import { useState } from 'react'
import {
  CHART_MATERIALS,
  DENTITIONS,
  type NewProcedure,
  PRICING_MODELS,
  PROCEDURE_CATEGORIES,
  PROCEDURE_CHART_KINDS,
  REGIONS,
} from '../../../../shared/contracts/catalogue.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CancelButton } from '../../ui/cancel-button.tsx'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import { bodyOf, isOnTooth, type ProcedureDraft, takesMaterial } from './procedure-draft.ts'

export interface ProcedureFormProps {
  initial: ProcedureDraft
  submitLabel: string
  onSubmit: (body: NewProcedure) => Promise<void>
  onCancel: () => void
}

/**
 * One catalogue item. Inputs are named for the API's fields (pricePaise, gstRateBp…), so a refusal
 * from the server shows under the field it names. The price is typed in rupees and the GST rate
 * in per cent; both become integers with string maths (procedure-draft.ts).
 */
export function ProcedureForm({ initial, submitLabel, onSubmit, onCancel }: ProcedureFormProps) {
  const t = useT()
  const form = useForm()
  const [draft, setDraft] = useState(initial)
  const set =
    <K extends keyof ProcedureDraft>(key: K) =>
    (value: ProcedureDraft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }))
  const onTooth = isOnTooth(draft)
  const read = bodyOf(draft)

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {}
    if (!draft.code.trim()) errors.code = t('form.required')
    if (!draft.name.trim()) errors.name = t('form.required')
    if ('problems' in read) {
      for (const problem of read.problems) {
        errors[problem] = t(
          problem === 'pricePaise'
            ? 'catalogue.field.priceInvalid'
            : problem === 'gstRateBp'
              ? 'catalogue.field.gstInvalid'
              : 'form.required',
        )
      }
    }
    return errors
  }
  const send = async () => {
    if ('body' in read) await onSubmit(read.body)
  }

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="field-grid">
        <TextField
          label={t('catalogue.field.code')}
          name="code"
          hint={t('catalogue.field.codeHint')}
          value={draft.code}
          onChange={set('code')}
          error={form.errorFor('code')}
          maxLength={16}
          autoCapitalize="characters"
        />
        <TextField
          label={t('catalogue.field.name')}
          name="name"
          value={draft.name}
          onChange={set('name')}
          error={form.errorFor('name')}
          maxLength={120}
        />
        <SelectField
          label={t('catalogue.field.category')}
          name="category"
          value={draft.category}
          onChange={(value) => set('category')(value as ProcedureDraft['category'])}
          error={form.errorFor('category')}
        >
          {PROCEDURE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`catalogue.category.${category}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('catalogue.field.pricingModel')}
          name="pricingModel"
          value={draft.pricingModel}
          onChange={(value) => set('pricingModel')(value as ProcedureDraft['pricingModel'])}
          error={form.errorFor('pricingModel')}
        >
          {PRICING_MODELS.map((model) => (
            <option key={model} value={model}>
              {t(`catalogue.pricing.${model}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('catalogue.field.price')}
          name="pricePaise"
          hint={t('catalogue.field.priceHint')}
          prefix="₹"
          inputMode="decimal"
          value={draft.price}
          onChange={set('price')}
          error={form.errorFor('pricePaise')}
          maxLength={14}
        />
        <TextField
          label={t('catalogue.field.sittings')}
          name="defaultSittings"
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          value={draft.sittings}
          onChange={set('sittings')}
          error={form.errorFor('defaultSittings')}
        />
        <TextField
          label={t('catalogue.field.sac')}
          name="sacCode"
          hint={t('catalogue.field.sacHint')}
          inputMode="numeric"
          value={draft.sacCode}
          onChange={set('sacCode')}
          error={form.errorFor('sacCode')}
          maxLength={8}
        />
      </div>
      <CheckboxField
        label={t('catalogue.field.taxable')}
        name="taxable"
        hint={t('catalogue.field.taxableHint')}
        isChecked={draft.taxable}
        onChange={set('taxable')}
        error={form.errorFor('taxable')}
      />
      {draft.taxable && (
        <TextField
          label={t('catalogue.field.gstRate')}
          name="gstRateBp"
          hint={t('catalogue.field.gstRateHint')}
          inputMode="decimal"
          value={draft.gstRate}
          onChange={set('gstRate')}
          error={form.errorFor('gstRateBp')}
          maxLength={6}
          className="field-narrow"
        />
      )}
      {onTooth && (
        <fieldset className="field">
          <legend>{t('catalogue.field.teeth')}</legend>
          <div className="field-grid">
            <SelectField
              label={t('catalogue.field.dentition')}
              name="dentition"
              value={draft.dentition}
              onChange={(value) => set('dentition')(value as ProcedureDraft['dentition'])}
              error={form.errorFor('dentition')}
            >
              {DENTITIONS.map((dentition) => (
                <option key={dentition} value={dentition}>
                  {t(`catalogue.dentition.${dentition}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('catalogue.field.region')}
              name="region"
              value={draft.region}
              onChange={(value) => set('region')(value as ProcedureDraft['region'])}
              error={form.errorFor('region')}
            >
              {REGIONS.map((region) => (
                <option key={region} value={region}>
                  {t(`catalogue.region.${region}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('catalogue.field.chartKind')}
              name="chartKind"
              value={draft.chartKind}
              onChange={(value) => set('chartKind')(value as ProcedureDraft['chartKind'])}
              error={form.errorFor('chartKind')}
            >
              <option value="">{t('catalogue.chartKind.none')}</option>
              {PROCEDURE_CHART_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`catalogue.chartKind.${kind}`)}
                </option>
              ))}
            </SelectField>
            {takesMaterial(draft) && (
              <SelectField
                label={t('catalogue.field.chartMaterial')}
                name="chartMaterial"
                value={draft.chartMaterial}
                onChange={(value) => set('chartMaterial')(value as ProcedureDraft['chartMaterial'])}
                error={form.errorFor('chartMaterial')}
              >
                <option value="">{t('catalogue.material.none')}</option>
                {CHART_MATERIALS.map((material) => (
                  <option key={material} value={material}>
                    {t(`catalogue.material.${material}`)}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
          {draft.pricingModel === 'per_tooth' && (
            <CheckboxField
              label={t('catalogue.field.surfacesRequired')}
              name="surfacesRequired"
              isChecked={draft.surfacesRequired}
              onChange={set('surfacesRequired')}
              error={form.errorFor('surfacesRequired')}
            />
          )}
        </fieldset>
      )}
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : submitLabel}
        </button>
        <CancelButton onClick={onCancel} />
      </div>
    </form>
  )
}
