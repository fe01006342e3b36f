/**
 * Staging and grading of periodontitis by the 2017 AAP/EFP classification:
 * Papapanou PN, Sanz M, et al. Periodontitis: consensus report of workgroup 2 of the 2017 World
 * Workshop. J Periodontol 2018;89 Suppl 1:S173–S182; Tonetti MS, Greenwell H, Kornman KS.
 * Staging and grading of periodontitis: framework and proposal of a new classification and case
 * definition. J Periodontol 2018;89 Suppl 1:S159–S172.
 *
 * This is a suggestion the dentist confirms, never a diagnosis: inputs the chart cannot give
 * (radiographic bone loss, teeth lost to periodontitis, complexity factors) are asked for and
 * listed in `missing`, and while any is missing the stage/grade is only a lower bound.
 */

export type PerioStage = 'I' | 'II' | 'III' | 'IV'
export type PerioGrade = 'A' | 'B' | 'C'

export interface StagingInput {
  /** Worst interdental clinical attachment loss, mm (from the exam). */
  worstInterdentalCal: number | null
  /** Deepest pocket, mm (from the exam). */
  maxPpd: number | null
  /** Highest Glickman furcation grade (1–4) on the exam, null when none recorded. */
  maxFurcation: number | null
  /** Highest Miller mobility (0–3) on the exam, null when none recorded. */
  maxMobility: number | null
  /** Natural teeth remaining. */
  remainingTeeth: number | null
  /** Asked for: teeth lost because of periodontitis. */
  teethLostToPeriodontitis?: number | null
  /** Asked for: vertical bone loss ≥ 3 mm on a radiograph. */
  verticalBoneLoss3mm?: boolean | null
  /** Asked for: need for complex rehabilitation (masticatory dysfunction, bite collapse,
   * drifting, flaring, severe ridge defect). */
  masticatoryDysfunction?: boolean | null
  /** Asked for: radiographic bone loss at the worst site, % of root length. */
  boneLossPercent?: number | null
  /** Patient's age in years. */
  age?: number | null
  /** From the medical history: cigarettes a day, 0 for a non-smoker, null when unknown. */
  cigarettesPerDay?: number | null
  /** From the medical history: diabetes, and the latest HbA1c (%) when diabetic. */
  diabetes?: boolean | null
  hba1c?: number | null
}

export type StagingInputName =
  | 'worstInterdentalCal'
  | 'teethLostToPeriodontitis'
  | 'verticalBoneLoss3mm'
  | 'masticatoryDysfunction'
  | 'remainingTeeth'
  | 'boneLossPercent'
  | 'age'
  | 'cigarettesPerDay'
  | 'diabetes'
  | 'hba1c'

export interface StagingSuggestion {
  /** Always true: the dentist confirms or changes it. */
  suggestion: true
  /** null when there is no interdental attachment loss (no periodontitis stage). */
  stage: PerioStage | null
  /** false while an input that could raise the stage is missing: the stage is "at least". */
  stageFinal: boolean
  grade: PerioGrade | null
  gradeFinal: boolean
  /** Inputs to ask the dentist for (or complete in the medical history). */
  missing: StagingInputName[]
  /** Why: which criteria set the stage and grade (stable codes for the screen to word). */
  reasons: string[]
}

const STAGES: readonly PerioStage[] = ['I', 'II', 'III', 'IV']
const GRADES: readonly PerioGrade[] = ['A', 'B', 'C']

function higher<T>(order: readonly T[], a: T | null, b: T): T {
  return a === null || order.indexOf(b) > order.indexOf(a) ? b : a
}

function known<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined
}

export function suggestStageAndGrade(input: StagingInput): StagingSuggestion {
  const missing: StagingInputName[] = []
  const reasons: string[] = []
  for (const name of [
    'worstInterdentalCal',
    'teethLostToPeriodontitis',
    'verticalBoneLoss3mm',
    'masticatoryDysfunction',
    'remainingTeeth',
  ] as const) {
    if (!known(input[name])) missing.push(name)
  }
  const stageInputsMissing = missing.length > 0

  // Stage: severity by interdental CAL (1–2 I, 3–4 II, ≥5 III), raised by tooth loss and
  // complexity; the highest criterion met decides (Tonetti et al. 2018, Table 2).
  let stage: PerioStage | null = null
  const cal = input.worstInterdentalCal
  if (known(cal) && cal >= 1) {
    stage = cal >= 5 ? 'III' : cal >= 3 ? 'II' : 'I'
    reasons.push(`stage.cal.${stage}`)
    const raise = (to: PerioStage, reason: string) => {
      if (stage !== higher(STAGES, stage, to)) reasons.push(reason)
      stage = higher(STAGES, stage, to)
    }
    const lost = input.teethLostToPeriodontitis
    if (known(lost) && lost >= 5) raise('IV', 'stage.toothLoss.IV')
    else if (known(lost) && lost >= 1) raise('III', 'stage.toothLoss.III')
    if (known(input.maxPpd) && input.maxPpd >= 6) raise('III', 'stage.ppd6')
    if (input.verticalBoneLoss3mm === true) raise('III', 'stage.verticalBoneLoss')
    // Furcation class II or III (Glickman II, and III/IV which are through-and-through).
    if (known(input.maxFurcation) && input.maxFurcation >= 2) raise('III', 'stage.furcation')
    // Stage IV complexity: complex rehabilitation, secondary occlusal trauma (mobility ≥ 2),
    // fewer than 20 remaining teeth (10 opposing pairs).
    if (input.masticatoryDysfunction === true) raise('IV', 'stage.masticatoryDysfunction')
    if (known(input.maxMobility) && input.maxMobility >= 2) raise('IV', 'stage.mobility')
    if (known(input.remainingTeeth) && input.remainingTeeth < 20) raise('IV', 'stage.under20Teeth')
  }
  // With no interdental attachment loss measured there is nothing to stage; with none found,
  // no missing input would give a stage.
  const stageFinal =
    (stage as PerioStage | null) === 'IV' ||
    (known(cal) && cal < 1) ||
    (!stageInputsMissing && known(cal))

  // Grade: bone loss % / age (<0.25 A, 0.25–1.0 B, >1.0 C), raised by the risk factors
  // smoking (<10/day B, ≥10 C) and diabetes (HbA1c <7 % B, ≥7 % C); no diabetes, no modifier.
  let grade: PerioGrade | null = null
  let gradeMissing = false
  if (known(input.boneLossPercent) && known(input.age) && input.age > 0) {
    const ratio = input.boneLossPercent / input.age
    grade = ratio < 0.25 ? 'A' : ratio <= 1.0 ? 'B' : 'C'
    reasons.push(`grade.boneLossByAge.${grade}`)
  } else {
    if (!known(input.boneLossPercent)) missing.push('boneLossPercent')
    if (!known(input.age)) missing.push('age')
    gradeMissing = true
  }
  const raiseGrade = (to: PerioGrade, reason: string) => {
    if (grade !== higher(GRADES, grade, to)) reasons.push(reason)
    grade = higher(GRADES, grade, to)
  }
  const cigarettes = input.cigarettesPerDay
  if (!known(cigarettes)) {
    missing.push('cigarettesPerDay')
    gradeMissing = true
  } else if (cigarettes >= 10) raiseGrade('C', 'grade.smoking10')
  else if (cigarettes > 0) raiseGrade('B', 'grade.smoking')
  if (!known(input.diabetes)) {
    missing.push('diabetes')
    gradeMissing = true
  } else if (input.diabetes) {
    if (!known(input.hba1c)) {
      missing.push('hba1c')
      gradeMissing = true
    } else if (input.hba1c >= 7) raiseGrade('C', 'grade.hba1c7')
    else raiseGrade('B', 'grade.diabetes')
  }
  const gradeFinal = grade === 'C' || !gradeMissing
  return { suggestion: true, stage, stageFinal, grade, gradeFinal, missing, reasons }
}
