import type { StagingSuggestion } from '../../../../shared/dental/perio-staging.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import type { StagingAnswers, StagingFromHistory } from './staging-input.ts'

export interface StagingHelperProps {
  suggestion: StagingSuggestion
  history: StagingFromHistory | null
  answers: StagingAnswers
  onAnswers: (answers: StagingAnswers) => void
  /** A completed exam shows what was confirmed instead of asking. */
  isReadOnly: boolean
}

/**
 * The 2017 AAP/EFP staging and grading helper (shared/dental/perio-staging.ts). Always worded as
 * a suggestion: the dentist confirms or changes it when completing the exam. What the chart and
 * the history cannot give is asked for here; while any is missing the stage or grade is "at least".
 */
export function StagingHelper({
  suggestion,
  history,
  answers,
  onAnswers,
  isReadOnly,
}: StagingHelperProps) {
  const t = useT()
  const set = <K extends keyof StagingAnswers>(key: K, value: StagingAnswers[K]) =>
    onAnswers({ ...answers, [key]: value })
  const stageText =
    suggestion.stage === null
      ? t('perio.staging.noStage')
      : t(suggestion.stageFinal ? 'perio.staging.stage' : 'perio.staging.stageAtLeast', {
          stage: suggestion.stage,
        })
  const gradeText =
    suggestion.grade === null
      ? t('perio.staging.noGrade')
      : t(suggestion.gradeFinal ? 'perio.staging.grade' : 'perio.staging.gradeAtLeast', {
          grade: suggestion.grade,
        })
  const yesNo = (name: keyof StagingAnswers, label: string) => (
    <SelectField
      label={label}
      name={name}
      value={answers[name]}
      onChange={(value) => set(name, value as StagingAnswers[typeof name])}
    >
      <option value="">{t('perio.staging.unknown')}</option>
      <option value="yes">{t('perio.staging.yes')}</option>
      <option value="no">{t('perio.staging.no')}</option>
    </SelectField>
  )
  const number = (name: keyof StagingAnswers, label: string, hint?: string) => (
    <TextField
      label={label}
      name={name}
      value={answers[name]}
      onChange={(value) => set(name, value as StagingAnswers[typeof name])}
      inputMode="decimal"
      hint={hint}
    />
  )
  const fromHistory = [
    history?.age != null ? t('perio.staging.history.age', { age: String(history.age) }) : null,
    history?.cigarettesPerDay != null
      ? t('perio.staging.history.cigarettes', { count: String(history.cigarettesPerDay) })
      : null,
    history?.diabetes != null
      ? history.diabetes
        ? t('perio.staging.history.diabetic')
        : t('perio.staging.history.notDiabetic')
      : null,
    history?.hba1c != null
      ? t('perio.staging.history.hba1c', { value: String(history.hba1c) })
      : null,
  ].filter((part): part is string => part !== null)

  return (
    <section className="perio-staging" aria-labelledby="perio-staging-heading">
      <h3 id="perio-staging-heading">{t('perio.staging.heading')}</h3>
      <p className="perio-staging-result">
        <strong>{t('perio.staging.suggested')}</strong> {stageText}; {gradeText}
      </p>
      <p className="muted">{t('perio.staging.confirmNote')}</p>
      {suggestion.reasons.length > 0 && (
        <ul className="perio-staging-reasons">
          {suggestion.reasons.map((reason) => (
            <li key={reason}>{t(`perio.reason.${reason}` as MessageKey)}</li>
          ))}
        </ul>
      )}
      {fromHistory.length > 0 && (
        <p className="muted">{t('perio.staging.fromHistory', { facts: fromHistory.join('; ') })}</p>
      )}
      {!isReadOnly && suggestion.missing.length > 0 && (
        <p>
          {t('perio.staging.missing', {
            inputs: suggestion.missing
              .map((name) => t(`perio.staging.input.${name}` as MessageKey))
              .join(', '),
          })}
        </p>
      )}
      {!isReadOnly && (
        <div className="perio-staging-fields">
          {number('teethLostToPeriodontitis', t('perio.staging.input.teethLostToPeriodontitis'))}
          {yesNo('verticalBoneLoss3mm', t('perio.staging.input.verticalBoneLoss3mm'))}
          {yesNo('masticatoryDysfunction', t('perio.staging.input.masticatoryDysfunction'))}
          {number(
            'boneLossPercent',
            t('perio.staging.input.boneLossPercent'),
            t('perio.staging.boneLossHint'),
          )}
          {history?.age == null && number('age', t('perio.staging.input.age'))}
          {history?.cigarettesPerDay == null &&
            number('cigarettesPerDay', t('perio.staging.input.cigarettesPerDay'))}
          {history?.diabetes == null && yesNo('diabetes', t('perio.staging.input.diabetes'))}
          {history?.hba1c == null &&
            (history?.diabetes === true || answers.diabetes === 'yes') &&
            number('hba1c', t('perio.staging.input.hba1c'))}
        </div>
      )}
    </section>
  )
}
