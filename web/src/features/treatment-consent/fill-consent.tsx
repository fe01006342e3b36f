import { useState } from 'react'
import {
  type ConsentTemplate,
  ConsentTemplateListSchema,
  type NewConsentForm,
} from '../../../../shared/contracts/treatment-consent.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { api } from '../../lib/api.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextAreaField } from '../../ui/text-area-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { useForm } from '../../ui/use-form.ts'
import { consentsPath, TEMPLATES_PATH } from './consent-api.ts'
import type { PlanItemChoice } from './plan-item-choices.ts'

const LONG_VALUES = new Set(['risks', 'alternatives'])
const KNOWN_VALUES = new Set(['procedure', 'tooth', 'risks', 'alternatives'])

/**
 * Picks a template and asks for each value it needs; the patient's and doctor's names are filled
 * by the server. When the patient has treatment-plan items still to do, the form may name the
 * one it is for (optional).
 */
export function FillConsent({
  patientId,
  planItems,
  onFilled,
}: {
  patientId: string
  /** The patient's plan items; only those offered are listed. */
  planItems: readonly PlanItemChoice[]
  onFilled: () => Promise<void>
}) {
  const t = useT()
  const form = useForm()
  const read = useApiQuery(TEMPLATES_PATH, { schema: ConsentTemplateListSchema })
  const templates = read.data?.templates ?? []
  const [templateId, setTemplateId] = useState('')
  const [values, setValues] = useState<Record<string, string>>({})
  const [planItemId, setPlanItemId] = useState('')
  const offered = planItems.filter((item) => item.isOffered)
  const template: ConsentTemplate | undefined = templates.find((item) => item.id === templateId)

  const label = (key: string) =>
    KNOWN_VALUES.has(key)
      ? t(`treatmentConsent.value.${key}` as MessageKey)
      : t('treatmentConsent.value.other', { key })
  const send = async () => {
    const body: NewConsentForm = {
      templateId,
      ...(planItemId !== '' ? { planItemId } : {}),
      values: Object.fromEntries(
        (template?.placeholders ?? []).map((key) => [key, (values[key] ?? '').trim()]),
      ),
    }
    await api(consentsPath(patientId), { method: 'POST', body })
    setTemplateId('')
    setValues({})
    setPlanItemId('')
    await onFilled()
  }
  return (
    <section aria-labelledby="consent-fill-heading">
      <h3 id="consent-fill-heading">{t('treatmentConsent.fillHeading')}</h3>
      <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send)}>
        <ErrorAlert>{form.formError}</ErrorAlert>
        <SelectField
          label={t('treatmentConsent.template')}
          name="templateId"
          value={templateId}
          onChange={setTemplateId}
          error={form.errorFor('templateId')}
        >
          <option value="">{t('treatmentConsent.chooseTemplate')}</option>
          {templates.map((item) => (
            <option key={item.id} value={item.id}>
              {`${item.title} (${t(`treatmentConsent.language.${item.language}`)})`}
            </option>
          ))}
        </SelectField>
        {offered.length > 0 && (
          <SelectField
            label={t('treatmentConsent.planItem')}
            name="planItemId"
            hint={t('treatmentConsent.planItemHint')}
            value={planItemId}
            onChange={setPlanItemId}
            error={form.errorFor('planItemId')}
          >
            <option value="">{t('treatmentConsent.noPlanItem')}</option>
            {offered.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </SelectField>
        )}
        {template?.placeholders.map((key) =>
          LONG_VALUES.has(key) ? (
            <TextAreaField
              key={key}
              label={label(key)}
              name={`values.${key}`}
              value={values[key] ?? ''}
              onChange={(value) => setValues((current) => ({ ...current, [key]: value }))}
              error={form.errorFor(`values.${key}`)}
              rows={2}
              maxLength={2000}
            />
          ) : (
            <TextField
              key={key}
              label={label(key)}
              name={`values.${key}`}
              value={values[key] ?? ''}
              onChange={(value) => setValues((current) => ({ ...current, [key]: value }))}
              error={form.errorFor(`values.${key}`)}
              maxLength={2000}
              autoComplete="off"
            />
          ),
        )}
        <div className="button-row">
          <button type="submit" disabled={form.isSending || templateId === ''}>
            {form.isSending ? t('form.sending') : t('treatmentConsent.fill')}
          </button>
        </div>
      </form>
    </section>
  )
}
