import {
  ALCOHOL_USES as alcoholUses,
  BRUSHING_HABITS as brushingHabits,
  DENTAL_TREATMENTS as dentalTreatments,
  TOBACCO_FORMS as tobaccoForms,
  TOBACCO_USES as tobaccoUses,
} from '../../../../shared/clinical/history-codes.ts'
import { useT } from '../../i18n/use-t.ts'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { CheckboxGroupField } from '../../ui/checkbox-group-field.tsx'
import { RadioGroupField } from '../../ui/radio-group-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import type { HistoryDraft } from './history-draft.ts'

export interface DraftFieldsProps {
  draft: HistoryDraft
  onChange: (change: Partial<HistoryDraft>) => void
  errorFor?: (field: string) => string | undefined
}

/** Tobacco (smokeless forms included) and alcohol. */
export function HabitsFields({ draft, onChange, errorFor }: DraftFieldsProps) {
  const t = useT()
  const notAsked = { value: '', label: t('history.notAsked') }
  return (
    <fieldset className="history-fieldset">
      <legend>{t('history.habitsHeading')}</legend>
      <RadioGroupField
        legend={t('history.tobacco')}
        name="habits.tobacco"
        value={draft.tobacco}
        isInline
        options={[
          notAsked,
          ...tobaccoUses.map((use) => ({ value: use, label: t(`history.tobacco.${use}`) })),
        ]}
        onChange={(tobacco) => onChange({ tobacco: tobacco as HistoryDraft['tobacco'] })}
      />
      {(draft.tobacco === 'current' || draft.tobacco === 'former') && (
        <CheckboxGroupField
          legend={t('history.tobaccoForms')}
          name="habits.tobaccoForms"
          options={tobaccoForms.map((form) => ({
            value: form,
            label: t(`history.tobaccoForm.${form}`),
          }))}
          values={draft.tobaccoForms}
          onChange={(forms) => onChange({ tobaccoForms: forms })}
        />
      )}
      {(draft.tobacco === 'current' || draft.tobacco === 'former') &&
        draft.tobaccoForms.includes('smoking') && (
          <TextField
            label={t('history.cigarettesPerDay')}
            name="habits.cigarettesPerDay"
            value={draft.cigarettesPerDay ?? ''}
            onChange={(cigarettesPerDay) => onChange({ cigarettesPerDay })}
            hint={t('history.cigarettesPerDayHint')}
            inputMode="numeric"
            isOptional
            optionalLabel={t('form.optional')}
            error={errorFor?.('habits.cigarettesPerDay')}
            maxLength={3}
          />
        )}
      <RadioGroupField
        legend={t('history.alcohol')}
        name="habits.alcohol"
        value={draft.alcohol}
        isInline
        options={[
          notAsked,
          ...alcoholUses.map((use) => ({ value: use, label: t(`history.alcohol.${use}`) })),
        ]}
        onChange={(alcohol) => onChange({ alcohol: alcohol as HistoryDraft['alcohol'] })}
      />
      <TextField
        label={t('history.habitNotes')}
        name="habits.notes"
        value={draft.habitNotes}
        onChange={(habitNotes) => onChange({ habitNotes })}
        isOptional
        optionalLabel={t('form.optional')}
        maxLength={500}
      />
    </fieldset>
  )
}

/** The last visit, earlier treatment, brushing and what the patient notices. */
export function DentalFields({ draft, onChange }: DraftFieldsProps) {
  const t = useT()
  return (
    <fieldset className="history-fieldset">
      <legend>{t('history.dentalHeading')}</legend>
      <TextField
        label={t('history.lastDentalVisit')}
        name="dentalHistory.lastDentalVisit"
        hint={t('history.lastDentalVisitHint')}
        value={draft.lastDentalVisit}
        onChange={(lastDentalVisit) => onChange({ lastDentalVisit })}
        isOptional
        optionalLabel={t('form.optional')}
        maxLength={50}
      />
      <CheckboxGroupField
        legend={t('history.previousTreatments')}
        name="dentalHistory.previousTreatments"
        options={dentalTreatments.map((treatment) => ({
          value: treatment,
          label: t(`history.treatment.${treatment}`),
        }))}
        values={draft.previousTreatments}
        onChange={(previousTreatments) => onChange({ previousTreatments })}
      />
      <RadioGroupField
        legend={t('history.brushing')}
        name="dentalHistory.brushing"
        value={draft.brushing}
        isInline
        options={[
          { value: '', label: t('history.notAsked') },
          ...brushingHabits.map((habit) => ({
            value: habit,
            label: t(`history.brushing.${habit}`),
          })),
        ]}
        onChange={(brushing) => onChange({ brushing: brushing as HistoryDraft['brushing'] })}
      />
      {(['bleedingGums', 'sensitivity', 'dentalAnxiety'] as const).map((symptom) => (
        <CheckboxField
          key={symptom}
          label={t(`history.${symptom}`)}
          name={`dentalHistory.${symptom}`}
          isChecked={draft[symptom]}
          onChange={(isChecked) => onChange({ [symptom]: isChecked })}
        />
      ))}
      <TextField
        label={t('history.dentalNotes')}
        name="dentalHistory.notes"
        value={draft.dentalNotes}
        onChange={(dentalNotes) => onChange({ dentalNotes })}
        isOptional
        optionalLabel={t('form.optional')}
        maxLength={1000}
      />
    </fieldset>
  )
}
