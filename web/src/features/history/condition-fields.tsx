import type { Condition } from '../../../../shared/contracts/history.ts'
import { useT } from '../../i18n/use-t.ts'
import { CheckboxField } from '../../ui/checkbox-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { conditionLabel } from './alert-text.ts'
import { type ConditionDraft, type HistoryDraft, tickedConditions } from './history-draft.ts'

// Grouped as a dentist asks about them; every code the API knows is in exactly one group.
const groups = [
  {
    key: 'heart',
    conditions: ['cardiac_disease', 'rheumatic_fever', 'hypertension', 'bleeding_disorder'],
  },
  {
    key: 'organs',
    conditions: ['diabetes', 'thyroid_disorder', 'kidney_disease', 'liver_disease'],
  },
  { key: 'infections', conditions: ['hepatitis_b', 'hepatitis_c', 'hiv', 'tuberculosis'] },
  {
    key: 'other',
    conditions: [
      'asthma',
      'epilepsy',
      'pregnancy',
      'cancer',
      'head_neck_radiotherapy',
      'bisphosphonate_therapy',
      'prosthetic_joint',
      'other',
    ],
  },
] as const satisfies readonly { key: string; conditions: readonly Condition[] }[]

export interface ConditionFieldsProps {
  value: HistoryDraft['conditions']
  onChange: (value: HistoryDraft['conditions']) => void
  /** Checks the draft as a whole, to know each condition's index in the saved list. */
  draft: HistoryDraft
  errorFor: (field: string) => string | undefined
}

/** A checkbox per condition; ticking one offers a note and since when. */
export function ConditionFields({ value, onChange, draft, errorFor }: ConditionFieldsProps) {
  const t = useT()
  const ticked = tickedConditions(draft)
  const set = (condition: Condition, entry: ConditionDraft | undefined) => {
    const next = { ...value }
    if (entry) next[condition] = entry
    else delete next[condition]
    onChange(next)
  }
  return (
    <fieldset className="history-fieldset">
      <legend>{t('history.conditionsHeading')}</legend>
      <p className="field-hint">{t('history.conditionsHint')}</p>
      <div className="condition-groups">
        {groups.map((group) => (
          <fieldset key={group.key} className="condition-group">
            <legend>{t(`history.group.${group.key}`)}</legend>
            {group.conditions.map((condition) => {
              const entry = value[condition]
              const label = conditionLabel(condition, t)
              const index = ticked.indexOf(condition)
              return (
                <div key={condition} className="condition">
                  <CheckboxField
                    label={label}
                    name={`condition.${condition}`}
                    isChecked={entry !== undefined}
                    onChange={(isChecked) =>
                      set(condition, isChecked ? { note: '', since: '' } : undefined)
                    }
                  />
                  {entry && (
                    <div className="condition-details">
                      <TextField
                        label={t('history.conditionNote', { condition: label })}
                        name={`conditions.${index}.note`}
                        value={entry.note}
                        onChange={(note) => set(condition, { ...entry, note })}
                        isOptional={condition !== 'other'}
                        optionalLabel={t('form.optional')}
                        error={errorFor(`conditions.${index}.note`)}
                        maxLength={500}
                      />
                      <TextField
                        label={t('history.conditionSince', { condition: label })}
                        name={`conditions.${index}.since`}
                        value={entry.since}
                        onChange={(since) => set(condition, { ...entry, since })}
                        hint={t('history.sinceHint')}
                        isOptional
                        optionalLabel={t('form.optional')}
                        error={errorFor(`conditions.${index}.since`)}
                        maxLength={50}
                      />
                      {condition === 'diabetes' && (
                        <TextField
                          label={t('history.hba1c')}
                          name={`conditions.${index}.hba1cPercent`}
                          value={entry.hba1c ?? ''}
                          onChange={(hba1c) => set(condition, { ...entry, hba1c })}
                          hint={t('history.hba1cHint')}
                          inputMode="decimal"
                          isOptional
                          optionalLabel={t('form.optional')}
                          error={errorFor(`conditions.${index}.hba1cPercent`)}
                          maxLength={5}
                        />
                      )}
                    </div>
                  )}
                </div>
              )
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  )
}
