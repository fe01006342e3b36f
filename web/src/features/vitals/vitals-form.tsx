import { useState } from 'react'
import { GLUCOSE_CONTEXTS, type Vitals, VitalsSchema } from '../../../../shared/contracts/vitals.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { bmiFromDraft, formatOneDecimal } from './bmi.ts'
import { bodyFromDraft, emptyDraft, type VitalsDraft, validateDraft } from './vitals-draft.ts'
import { FIELD_LIMITS, type VitalsField } from './vitals-fields.ts'

export interface VitalsFormProps {
  patientId: string
  /** A new attempt: the last outcome shown (recorded) no longer applies. */
  onSending: () => void
  onRecorded: (entry: Vitals) => void
}

/**
 * One set of measurements, taken now. Blank means "not measured". The server judges the
 * plausibility limits and names the field it refuses; the error stands under that field, and
 * each field's hint says its limits beforehand.
 */
export function VitalsForm({ patientId, onSending, onRecorded }: VitalsFormProps) {
  const t = useT()
  const form = useForm()
  const [draft, setDraft] = useState<VitalsDraft>(emptyDraft)
  const change = (patch: Partial<VitalsDraft>) => setDraft((current) => ({ ...current, ...patch }))
  const bmi = bmiFromDraft(draft.weightKg, draft.heightCm)

  const send = async () => {
    onSending()
    const entry = await api(`/patients/${patientId}/vitals`, {
      schema: VitalsSchema,
      method: 'POST',
      body: bodyFromDraft(draft),
    })
    setDraft(emptyDraft)
    onRecorded(entry)
  }
  const validate = () =>
    validateDraft(draft, { notNumber: t('vitals.notNumber'), notWhole: t('vitals.notWhole') })

  const measureField = (field: VitalsField) => {
    const { minimum, maximum, isWhole } = FIELD_LIMITS[field]
    const range = { minimum: String(minimum), maximum: String(maximum) }
    return (
      <TextField
        key={field}
        label={t(`vitals.${field}`)}
        name={field}
        value={draft[field]}
        onChange={(value) => change({ [field]: value })}
        hint={isWhole ? t('vitals.rangeWhole', range) : t('vitals.rangeDecimal', range)}
        error={form.errorFor(field)}
        // Text with a numeric keyboard, not type=number: no value changed by a stray scroll
        // wheel, and what was typed is what the error is about.
        inputMode={isWhole ? 'numeric' : 'decimal'}
        autoComplete="off"
        maxLength={6}
      />
    )
  }

  return (
    <form
      ref={form.ref}
      noValidate
      className="vitals-form"
      aria-labelledby="vitals-form-heading"
      onSubmit={form.handleSubmit(send, validate)}
    >
      <h3 id="vitals-form-heading">{t('vitals.recordHeading')}</h3>
      <p className="muted">{t('vitals.recordIntro')}</p>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <fieldset className="vitals-group">
        <legend>{t('vitals.bloodPressure')}</legend>
        <div className="field-grid">
          {measureField('systolic')}
          {measureField('diastolic')}
        </div>
      </fieldset>
      <div className="field-grid">
        {measureField('pulse')}
        {measureField('temperatureC')}
        {measureField('spo2')}
        {measureField('weightKg')}
        {measureField('heightCm')}
        <output className="vitals-bmi" aria-live="polite">
          {bmi === null
            ? t('vitals.bmiPending')
            : t('vitals.bmiComputed', { bmi: formatOneDecimal(bmi) })}
        </output>
        {measureField('glucoseMgDl')}
        <SelectField
          label={t('vitals.glucoseContext')}
          name="glucoseContext"
          hint={t('vitals.glucoseContextHint')}
          value={draft.glucoseContext}
          onChange={(value) => change({ glucoseContext: value as VitalsDraft['glucoseContext'] })}
          error={form.errorFor('glucoseContext')}
        >
          <option value="">{t('form.choose')}</option>
          {GLUCOSE_CONTEXTS.map((context) => (
            <option key={context} value={context}>
              {t(`vitals.glucoseContext.${context}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : t('vitals.save')}
        </button>
      </div>
    </form>
  )
}
