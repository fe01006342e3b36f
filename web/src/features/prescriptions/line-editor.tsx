import { useState } from 'react'
import type {
  PrescriptionLanguage,
  PrescriptionWarningBody,
} from '../../../../shared/contracts/prescriptions.ts'
import {
  DOSAGE_FORMS,
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
import { parseFrequency } from './frequency-text.ts'
import { type PadLine, unitOfForm, withQuantity } from './pad-line.ts'
import { WarningList } from './warning-list.tsx'

export interface LineEditorProps {
  line: PadLine
  index: number
  language: PrescriptionLanguage
  warnings: readonly PrescriptionWarningBody[]
  names: ReadonlyMap<string, string>
  reasons: Readonly<Record<string, string>>
  onReason: (warningId: string, reason: string) => void
  /** Server issues by field, already for this line ('doseAmount'). */
  errors: Readonly<Record<string, string>>
  onChange: (line: PadLine) => void
  onRemove: () => void
}

/**
 * One medicine's fields in the order they are said aloud ("Amoxicillin 500 mg capsule, one,
 * by mouth, 1-0-1 after food, for 5 days"), so Tab walks them naturally. The quantity follows
 * dose × doses a day × days until the prescriber types their own.
 */
export function LineEditor(props: LineEditorProps) {
  const { line, index, language, errors, onChange } = props
  const { t, language: uiLanguage } = useLanguage()
  const [frequencyText, setFrequencyText] = useState<string>(line.frequency)
  const [isFrequencyBad, setFrequencyBad] = useState(false)
  const change = (patch: Partial<PadLine>) => onChange(withQuantity({ ...line, ...patch }))
  const strengths = line.presentations.find((p) => p.form === line.form)?.strengths ?? []
  const forms = line.isCustom ? DOSAGE_FORMS : [...new Set(line.presentations.map((p) => p.form))]
  const routes = line.isCustom || line.routes.length === 0 ? ROUTES : line.routes
  const heading = t('prescriptions.lineHeading', {
    position: String(index + 1),
    name: line.genericName,
  })

  return (
    <fieldset className="rx-line" aria-describedby={undefined}>
      <legend>
        {heading}
        {line.isCustom && <span className="rx-badge"> {t('prescriptions.custom')}</span>}
      </legend>
      <div className="rx-line-fields">
        {line.isCustom && (
          <TextField
            label={t('prescriptions.custom')}
            name="genericName"
            value={line.genericName}
            maxLength={120}
            error={errors.genericName}
            onChange={(genericName) => change({ genericName })}
          />
        )}
        <SelectField
          label={t('prescriptions.form')}
          name="form"
          value={line.form}
          error={errors.form}
          onChange={(value) => {
            const form = value as PadLine['form']
            const first = line.presentations.find((p) => p.form === form)?.strengths[0]?.label
            change({ form, doseUnit: unitOfForm(form), strengthLabel: first ?? line.strengthLabel })
          }}
        >
          {forms.map((form) => (
            <option key={form} value={form}>
              {FORM_WORDS[uiLanguage][form]}
            </option>
          ))}
        </SelectField>
        {line.isCustom || strengths.length === 0 ? (
          <TextField
            label={t('prescriptions.strength')}
            name="strength"
            value={line.strengthLabel}
            maxLength={60}
            error={errors.strength}
            onChange={(strengthLabel) => change({ strengthLabel })}
          />
        ) : (
          <SelectField
            label={t('prescriptions.strength')}
            name="strength"
            value={line.strengthLabel}
            error={errors.strength}
            onChange={(strengthLabel) => change({ strengthLabel })}
          >
            {strengths.map((strength) => (
              <option key={strength.label} value={strength.label}>
                {strength.label}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label={t('prescriptions.dose')}
          name="doseAmount"
          inputMode="decimal"
          className="rx-short"
          value={line.doseAmount}
          error={errors.doseAmount}
          onChange={(doseAmount) => change({ doseAmount })}
        />
        <SelectField
          label={t('prescriptions.doseUnit')}
          name="doseUnit"
          value={line.doseUnit}
          onChange={(value) => change({ doseUnit: value as PadLine['doseUnit'] })}
        >
          {DOSE_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {unitWord(uiLanguage, unit, 2)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('prescriptions.route')}
          name="route"
          value={line.route}
          onChange={(value) => change({ route: value as PadLine['route'] })}
        >
          {routes.map((route) => (
            <option key={route} value={route}>
              {ROUTE_WORDS[uiLanguage][route]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('prescriptions.frequency')}
          name="frequency"
          className="rx-short"
          list="rx-frequencies"
          autoComplete="off"
          value={frequencyText}
          hint={t('prescriptions.frequencyHint')}
          error={isFrequencyBad ? t('prescriptions.frequencyUnknown') : errors.frequency}
          onChange={(text) => {
            setFrequencyText(text)
            const frequency = parseFrequency(text)
            setFrequencyBad(frequency === null && text.trim() !== '')
            if (frequency) change({ frequency })
          }}
          onBlur={() => {
            const frequency = parseFrequency(frequencyText)
            if (frequency) setFrequencyText(frequency)
          }}
        />
        <SelectField
          label={t('prescriptions.food')}
          name="foodTiming"
          value={line.foodTiming}
          onChange={(value) => change({ foodTiming: value as PadLine['foodTiming'] })}
        >
          {FOOD_TIMINGS.map((timing) => (
            <option key={timing} value={timing}>
              {t(`prescriptions.food.${timing}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('prescriptions.duration')}
          name="durationDays"
          inputMode="numeric"
          className="rx-short"
          value={line.durationDays}
          error={errors.durationDays}
          onChange={(durationDays) => change({ durationDays })}
        />
        <TextField
          label={t('prescriptions.quantity')}
          name="quantity"
          value={line.quantity}
          maxLength={60}
          hint={line.isQuantityEdited ? undefined : t('prescriptions.quantityHint')}
          error={errors.quantity}
          onChange={(quantity) => onChange({ ...line, quantity, isQuantityEdited: true })}
        />
        <TextField
          label={t('prescriptions.instructions', { language: languageNames[language] })}
          name="instructions"
          lang={language}
          className="rx-wide"
          value={line.instructions}
          maxLength={500}
          error={errors.instructions}
          onChange={(instructions) => change({ instructions })}
        />
        <button type="button" className="button-secondary rx-remove" onClick={props.onRemove}>
          {t('prescriptions.removeLine', { name: line.genericName })}
        </button>
      </div>
      {props.warnings.length > 0 && (
        <WarningList
          label={t('prescriptions.warningsForLine')}
          warnings={props.warnings}
          names={props.names}
          reasons={props.reasons}
          onReason={props.onReason}
        />
      )}
    </fieldset>
  )
}

/** The frequencies offered while typing one (the field accepts 1-0-1, BD, TDS… too). */
export function FrequencyOptions() {
  return (
    <datalist id="rx-frequencies">
      {FREQUENCIES.map((frequency) => (
        <option key={frequency} value={frequency} />
      ))}
    </datalist>
  )
}
