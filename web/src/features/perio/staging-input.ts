import type { StagingInput } from '../../../../shared/dental/perio-staging.ts'
import type { PerioSummary } from '../../../../shared/dental/perio-summary.ts'

/** What the medical history and the patient's birth date give (GET /perio/staging-inputs). */
export interface StagingFromHistory {
  age: number | null
  cigarettesPerDay: number | null
  diabetes: boolean | null
  hba1c: number | null
}

/**
 * What the dentist types in the helper, as typed: numbers as text (an empty box is "not known"),
 * yes/no as 'yes' | 'no' | ''. A value typed here wins over the history's, so a dentist can
 * correct an out-of-date history for this suggestion without editing the record.
 */
export interface StagingAnswers {
  teethLostToPeriodontitis: string
  verticalBoneLoss3mm: '' | 'yes' | 'no'
  masticatoryDysfunction: '' | 'yes' | 'no'
  boneLossPercent: string
  age: string
  cigarettesPerDay: string
  diabetes: '' | 'yes' | 'no'
  hba1c: string
}

export const noAnswers: StagingAnswers = {
  teethLostToPeriodontitis: '',
  verticalBoneLoss3mm: '',
  masticatoryDysfunction: '',
  boneLossPercent: '',
  age: '',
  cigarettesPerDay: '',
  diabetes: '',
  hba1c: '',
}

/** A typed number within bounds, or null (empty, not a number, or out of range: not known). */
export function answeredNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '' || !/^\d+(\.\d+)?$/.test(trimmed)) return null
  const value = Number(trimmed)
  return value >= min && value <= max ? value : null
}

function answeredBoolean(answer: '' | 'yes' | 'no'): boolean | null {
  return answer === '' ? null : answer === 'yes'
}

/**
 * The staging helper's input: the exam's figures, then the history, then what was typed.
 * `remainingTeeth` comes from the whole chart (teeth not marked missing or implants), not the
 * summary's examined teeth: a partly probed mouth still has its other teeth.
 */
export function stagingInput(
  summary: PerioSummary,
  remainingTeeth: number,
  history: StagingFromHistory | null,
  answers: StagingAnswers,
): StagingInput {
  const diabetes = answeredBoolean(answers.diabetes) ?? history?.diabetes ?? null
  return {
    worstInterdentalCal: summary.worstInterdentalCal?.cal ?? null,
    maxPpd: summary.maxPpd,
    maxFurcation: summary.maxFurcation,
    maxMobility: summary.maxMobility,
    remainingTeeth,
    teethLostToPeriodontitis: answeredNumber(answers.teethLostToPeriodontitis, 0, 32),
    verticalBoneLoss3mm: answeredBoolean(answers.verticalBoneLoss3mm),
    masticatoryDysfunction: answeredBoolean(answers.masticatoryDysfunction),
    boneLossPercent: answeredNumber(answers.boneLossPercent, 0, 100),
    age: answeredNumber(answers.age, 1, 120) ?? history?.age ?? null,
    cigarettesPerDay:
      answeredNumber(answers.cigarettesPerDay, 0, 100) ?? history?.cigarettesPerDay ?? null,
    diabetes,
    // An HbA1c only means something for a diabetic patient.
    hba1c: diabetes ? (answeredNumber(answers.hba1c, 3, 20) ?? history?.hba1c ?? null) : null,
  }
}
