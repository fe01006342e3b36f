import { useState } from 'react'
import type { NewClinicDrug } from '../../../../shared/contracts/formulary.ts'
import { DRUG_CLASSES, isDrugClassKey } from '../../../../shared/prescriptions/classes.ts'
import { DOSAGE_FORMS, DRUG_SCHEDULES, ROUTES } from '../../../../shared/prescriptions/types.ts'
import { FORM_WORDS, ROUTE_WORDS } from '../../../../shared/prescriptions/words.ts'
import { useLanguage } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { CancelButton } from '../../ui/cancel-button.tsx'
import { CheckboxGroupField } from '../../ui/checkbox-group-field.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { type FieldErrors, useForm } from '../../ui/use-form.ts'
import {
  type ClinicDrugDraft,
  clinicDrugBody,
  clinicDrugProblems,
  DRUG_CATEGORIES,
  emptyPresentation,
  emptyStrength,
  isDrugCategory,
  type PresentationDraft,
} from './clinic-drug-draft.ts'
import { classLabel } from './drug-words.ts'

export interface ClinicDrugFormProps {
  initial: ClinicDrugDraft
  submitLabel: string
  onSubmit: (body: NewClinicDrug) => Promise<void>
  onCancel: () => void
}

const CLASS_KEYS = Object.keys(DRUG_CLASSES).filter(isDrugClassKey)

/**
 * A medicine of the clinic's own (issue #13 §1): its generic name, the master's classes it
 * belongs to (the allergy and duplicate-class checks read them), schedule, forms with their
 * strengths, and routes. Inputs are named as the API names the fields
 * ('presentations.0.strengths.1.label'), so a refusal shows under the field.
 */
export function ClinicDrugForm({ initial, submitLabel, onSubmit, onCancel }: ClinicDrugFormProps) {
  const { t, language } = useLanguage()
  const form = useForm()
  const [draft, setDraft] = useState(initial)
  const change = (patch: Partial<ClinicDrugDraft>) =>
    setDraft((current) => ({ ...current, ...patch }))
  const changePresentation = (key: string, patch: Partial<PresentationDraft>) =>
    setDraft((current) => ({
      ...current,
      presentations: current.presentations.map((item) =>
        item.key === key ? { ...item, ...patch } : item,
      ),
    }))

  const validate = (): FieldErrors =>
    Object.fromEntries(clinicDrugProblems(draft).map((field) => [field, t(problemKey(field))]))
  const send = () => onSubmit(clinicDrugBody(draft))
  const categories = isDrugCategory(draft.category)
    ? DRUG_CATEGORIES
    : [draft.category, ...DRUG_CATEGORIES]

  return (
    <form ref={form.ref} noValidate onSubmit={form.handleSubmit(send, validate)}>
      <ErrorAlert>{form.formError}</ErrorAlert>
      <div className="field-grid">
        <TextField
          label={t('formulary.field.generic')}
          name="generic"
          hint={t('formulary.field.genericHint')}
          value={draft.generic}
          maxLength={120}
          error={form.errorFor('generic')}
          onChange={(generic) => change({ generic })}
        />
        <SelectField
          label={t('formulary.field.category')}
          name="category"
          value={draft.category}
          error={form.errorFor('category')}
          onChange={(category) => change({ category })}
        >
          {categories.map((category) => (
            <option key={category} value={category}>
              {isDrugCategory(category) ? t(`formulary.category.${category}`) : category}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('formulary.field.schedule')}
          name="schedule"
          hint={t('formulary.field.scheduleHint')}
          value={draft.schedule}
          error={form.errorFor('schedule')}
          onChange={(value) => change({ schedule: value as ClinicDrugDraft['schedule'] })}
        >
          {DRUG_SCHEDULES.map((schedule) => (
            <option key={schedule} value={schedule}>
              {t(`formulary.schedule.${schedule}`)}
            </option>
          ))}
        </SelectField>
      </div>

      <fieldset className="field">
        <legend>{t('formulary.field.classes')}</legend>
        <p className="field-hint">{t('formulary.field.classesHint')}</p>
        {draft.classes.length === 0 ? (
          <p className="muted">{t('formulary.noClasses')}</p>
        ) : (
          <ul className="formulary-chips">
            {draft.classes.map((code) => (
              <li key={code}>
                {classLabel(code)}{' '}
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={t('formulary.removeClass', { name: classLabel(code) })}
                  onClick={() => change({ classes: draft.classes.filter((item) => item !== code) })}
                >
                  {t('formulary.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {draft.classes.length < 10 && (
          <SelectField
            label={t('formulary.addClass')}
            name="classes"
            value=""
            error={form.errorFor('classes')}
            onChange={(code) => {
              if (code !== '' && !draft.classes.includes(code)) {
                change({ classes: [...draft.classes, code] })
              }
            }}
          >
            <option value="">{t('formulary.chooseClass')}</option>
            {CLASS_KEYS.filter((code) => !draft.classes.includes(code)).map((code) => (
              <option key={code} value={code}>
                {classLabel(code)}
              </option>
            ))}
          </SelectField>
        )}
      </fieldset>

      {draft.presentations.map((presentation, index) => (
        <fieldset key={presentation.key} className="rx-line">
          <legend>{t('formulary.presentation', { position: String(index + 1) })}</legend>
          <div className="rx-line-fields">
            <SelectField
              label={t('prescriptions.form')}
              name={`presentations.${index}.form`}
              value={presentation.form}
              error={form.errorFor(`presentations.${index}.form`)}
              onChange={(value) =>
                changePresentation(presentation.key, { form: value as PresentationDraft['form'] })
              }
            >
              {DOSAGE_FORMS.map((dosageForm) => (
                <option key={dosageForm} value={dosageForm}>
                  {FORM_WORDS[language][dosageForm]}
                </option>
              ))}
            </SelectField>
          </div>
          {presentation.strengths.map((strength, position) => {
            const field = `presentations.${index}.strengths.${position}`
            const setStrength = (patch: Partial<typeof strength>) =>
              changePresentation(presentation.key, {
                strengths: presentation.strengths.map((item) =>
                  item.key === strength.key ? { ...item, ...patch } : item,
                ),
              })
            return (
              <div key={strength.key} className="rx-line-fields formulary-strength">
                <TextField
                  label={t('formulary.field.strengthLabel')}
                  name={`${field}.label`}
                  hint={t('formulary.field.strengthLabelHint')}
                  value={strength.label}
                  maxLength={60}
                  error={form.errorFor(`${field}.label`)}
                  onChange={(label) => setStrength({ label })}
                />
                <TextField
                  label={t('formulary.field.mg')}
                  name={`${field}.mg`}
                  inputMode="decimal"
                  className="rx-short"
                  isOptional
                  optionalLabel={t('form.optional')}
                  value={strength.mg}
                  maxLength={10}
                  error={form.errorFor(`${field}.mg`)}
                  onChange={(mg) => setStrength({ mg })}
                />
                <TextField
                  label={t('formulary.field.perMl')}
                  name={`${field}.perMl`}
                  inputMode="decimal"
                  className="rx-short"
                  isOptional
                  optionalLabel={t('form.optional')}
                  value={strength.perMl}
                  maxLength={10}
                  error={form.errorFor(`${field}.perMl`)}
                  onChange={(perMl) => setStrength({ perMl })}
                />
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() =>
                    changePresentation(presentation.key, {
                      strengths: presentation.strengths.filter((item) => item.key !== strength.key),
                    })
                  }
                >
                  {t('formulary.removeStrength', {
                    name: strength.label || String(position + 1),
                  })}
                </button>
              </div>
            )
          })}
          <div className="button-row button-row-tight">
            {presentation.strengths.length < 10 && (
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() =>
                  changePresentation(presentation.key, {
                    strengths: [...presentation.strengths, emptyStrength()],
                  })
                }
              >
                {t('formulary.addStrength')}
              </button>
            )}
            {draft.presentations.length > 1 && (
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() =>
                  change({
                    presentations: draft.presentations.filter(
                      (item) => item.key !== presentation.key,
                    ),
                  })
                }
              >
                {t('formulary.removePresentation', { position: String(index + 1) })}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      {draft.presentations.length < 10 && (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => change({ presentations: [...draft.presentations, emptyPresentation()] })}
          >
            {t('formulary.addPresentation')}
          </button>
        </div>
      )}

      <CheckboxGroupField
        legend={t('prescriptions.route')}
        name="routes"
        hint={t('formulary.field.routesHint')}
        options={ROUTES.map((route) => ({ value: route, label: ROUTE_WORDS[language][route] }))}
        values={draft.routes}
        onChange={(routes) => change({ routes })}
      />
      {form.errorFor('routes') && <p className="field-error">{form.errorFor('routes')}</p>}
      <div className="button-row">
        <button type="submit" disabled={form.isSending}>
          {form.isSending ? t('form.sending') : submitLabel}
        </button>
        <CancelButton onClick={onCancel} />
      </div>
    </form>
  )
}

/** The message for a field found wrong before sending. */
function problemKey(field: string) {
  if (field === 'routes') return 'formulary.problem.routes' as const
  if (field.endsWith('.mg') || field.endsWith('.perMl')) return 'formulary.problem.amount' as const
  return 'form.required' as const
}
