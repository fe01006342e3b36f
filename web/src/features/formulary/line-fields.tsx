import type { FormularyDrug } from '../../../../shared/contracts/formulary.ts'
import {
  DOSE_UNITS,
  FOOD_TIMINGS,
  FREQUENCIES,
  ROUTES,
} from '../../../../shared/prescriptions/types.ts'
import { FORM_WORDS, ROUTE_WORDS, unitWord } from '../../../../shared/prescriptions/words.ts'
import { languageNames } from '../../i18n/messages.ts'
import { useLanguage } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { unitOfForm } from '../prescriptions/pad-line.ts'
import { useDrug } from './formulary-api.ts'
import type { LineDraft } from './line-draft.ts'

export interface LineFieldsProps {
  draft: LineDraft
  /** The drug when already in hand (just picked); read by its code otherwise. */
  drug?: FormularyDrug | undefined
  /** Field names as the API names them: '' for a favourite, 'lines.2.' for a set's third line. */
  prefix: string
  errorFor: (field: string) => string | undefined
  onChange: (draft: LineDraft) => void
}

/**
 * The usual line of a drug, with the pad's field labels and words (form, route, unit, food),
 * in the pad's spoken order. Each input is named as the API names the field, so a refusal
 * shows under it (useForm). Instructions are kept in both languages: the pad takes the one the
 * prescription is written in.
 */
export function LineFields({ draft, drug: given, prefix, errorFor, onChange }: LineFieldsProps) {
  const { t, language } = useLanguage()
  const read = useDrug(given ? null : draft.drugCode)
  const drug = given ?? read.data
  const change = (patch: Partial<LineDraft>) => onChange({ ...draft, ...patch })
  const strengths = (drug?.presentations ?? []).flatMap((presentation) =>
    presentation.strengths.map((strength) => ({ form: presentation.form, label: strength.label })),
  )
  const seen = new Set<string>()
  const options = strengths.filter((option) => !seen.has(option.label) && seen.add(option.label))
  // Until the drug is read, the saved strength is the one choice (never a blank select).
  if (draft.strengthLabel !== '' && !seen.has(draft.strengthLabel)) {
    options.unshift({ form: drug?.presentations[0]?.form ?? 'tablet', label: draft.strengthLabel })
  }
  const routes = drug && drug.routes.length > 0 ? drug.routes : ROUTES
  const name = (field: string) => `${prefix}${field}`

  return (
    <div className="rx-line-fields">
      <SelectField
        label={t('prescriptions.strength')}
        name={name('strengthLabel')}
        value={draft.strengthLabel}
        error={errorFor(name('strengthLabel'))}
        onChange={(strengthLabel) => {
          const form = options.find((option) => option.label === strengthLabel)?.form
          change({ strengthLabel, ...(form ? { doseUnit: unitOfForm(form) } : {}) })
        }}
      >
        {options.length === 0 && <option value="">{t('formulary.noStrength')}</option>}
        {options.map((option) => (
          <option key={option.label} value={option.label}>
            {`${FORM_WORDS[language][option.form]} ${option.label}`}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('prescriptions.dose')}
        name={name('doseAmount')}
        inputMode="decimal"
        className="rx-short"
        value={draft.doseAmount}
        maxLength={10}
        error={errorFor(name('doseAmount'))}
        onChange={(doseAmount) => change({ doseAmount })}
      />
      <SelectField
        label={t('prescriptions.doseUnit')}
        name={name('doseUnit')}
        value={draft.doseUnit}
        error={errorFor(name('doseUnit'))}
        onChange={(value) => change({ doseUnit: value as LineDraft['doseUnit'] })}
      >
        {DOSE_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {unitWord(language, unit, 2)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('prescriptions.route')}
        name={name('route')}
        value={draft.route}
        error={errorFor(name('route'))}
        onChange={(value) => change({ route: value as LineDraft['route'] })}
      >
        {(routes.includes(draft.route) ? routes : [draft.route, ...routes]).map((route) => (
          <option key={route} value={route}>
            {ROUTE_WORDS[language][route]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('prescriptions.frequency')}
        name={name('frequency')}
        value={draft.frequency}
        error={errorFor(name('frequency'))}
        onChange={(value) => change({ frequency: value as LineDraft['frequency'] })}
      >
        {FREQUENCIES.map((frequency) => (
          <option key={frequency} value={frequency}>
            {t(`prescriptions.frequencyWord.${frequency}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('prescriptions.food')}
        name={name('foodTiming')}
        value={draft.foodTiming}
        error={errorFor(name('foodTiming'))}
        onChange={(value) => change({ foodTiming: value as LineDraft['foodTiming'] })}
      >
        {FOOD_TIMINGS.map((timing) => (
          <option key={timing} value={timing}>
            {t(`prescriptions.food.${timing}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('prescriptions.duration')}
        name={name('durationDays')}
        inputMode="numeric"
        className="rx-short"
        value={draft.durationDays}
        maxLength={3}
        error={errorFor(name('durationDays'))}
        onChange={(durationDays) => change({ durationDays })}
      />
      <TextField
        label={t('prescriptions.instructions', { language: languageNames.en })}
        name={name('instructionsEn')}
        lang="en"
        className="rx-wide"
        value={draft.instructionsEn}
        maxLength={500}
        isOptional
        optionalLabel={t('form.optional')}
        error={errorFor(name('instructionsEn'))}
        onChange={(instructionsEn) => change({ instructionsEn })}
      />
      <TextField
        label={t('prescriptions.instructions', { language: languageNames.hi })}
        name={name('instructionsHi')}
        lang="hi"
        className="rx-wide"
        value={draft.instructionsHi}
        maxLength={500}
        isOptional
        optionalLabel={t('form.optional')}
        error={errorFor(name('instructionsHi'))}
        onChange={(instructionsHi) => change({ instructionsHi })}
      />
    </div>
  )
}
