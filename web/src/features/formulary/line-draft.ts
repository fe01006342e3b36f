import type { FormularyDrug, FormularyLine } from '../../../../shared/contracts/formulary.ts'
import { MAX_DOSE_AMOUNT, MAX_DURATION_DAYS } from '../../../../shared/contracts/prescriptions.ts'
import type {
  DoseUnit,
  FoodTiming,
  Frequency,
  Route,
} from '../../../../shared/prescriptions/types.ts'
import { lineForDrug } from '../prescriptions/pad-line.ts'

/** A favourite's or a set's line as typed (numbers stay text until sent). */
export interface LineDraft {
  drugCode: string
  drugName: string
  /** '' when the drug comes in no strength. */
  strengthLabel: string
  doseAmount: string
  doseUnit: DoseUnit
  route: Route
  frequency: Frequency
  foodTiming: FoodTiming
  durationDays: string
  instructionsEn: string
  instructionsHi: string
}

/**
 * A new line for a drug picked in the type-ahead: the pad's own defaults (lineForDrug: first
 * strength, the form's unit, its first route, 1-0-1 after food for 5 days), so a favourite
 * starts as the pad would have written it.
 */
export function draftForDrug(drug: FormularyDrug): LineDraft {
  const line = lineForDrug(drug, null, 'en')
  return {
    drugCode: drug.code,
    drugName: drug.generic,
    strengthLabel: line.strengthLabel,
    doseAmount: line.doseAmount,
    doseUnit: line.doseUnit,
    route: line.route,
    frequency: line.frequency,
    foodTiming: line.foodTiming,
    durationDays: line.durationDays,
    instructionsEn: '',
    instructionsHi: '',
  }
}

/** A saved line (a favourite, a set's line) back in its fields. */
export function draftOfLine(line: FormularyLine & { drugName: string }): LineDraft {
  return {
    drugCode: line.drugCode,
    drugName: line.drugName,
    strengthLabel: line.strengthLabel ?? '',
    doseAmount: String(line.doseAmount),
    doseUnit: line.doseUnit,
    route: line.route,
    frequency: line.frequency,
    foodTiming: line.foodTiming,
    durationDays: String(line.durationDays),
    instructionsEn: line.instructionsEn,
    instructionsHi: line.instructionsHi,
  }
}

/** The line as the API takes it; the server checks every field again. */
export function lineOfDraft(draft: LineDraft): FormularyLine {
  return {
    drugCode: draft.drugCode,
    strengthLabel: draft.strengthLabel.trim() === '' ? null : draft.strengthLabel,
    doseAmount: Number(draft.doseAmount.trim()),
    doseUnit: draft.doseUnit,
    route: draft.route,
    frequency: draft.frequency,
    foodTiming: draft.foodTiming,
    durationDays: Number(draft.durationDays.trim()),
    instructionsEn: draft.instructionsEn.trim(),
    instructionsHi: draft.instructionsHi.trim(),
  }
}

export type LineProblem = 'doseAmount' | 'durationDays'

/** Fields the server would refuse, checked before sending: a dose above 0 with up to three decimals, whole days. */
export function lineProblems(draft: LineDraft): LineProblem[] {
  const problems: LineProblem[] = []
  const dose = draft.doseAmount.trim()
  const amount = Number(dose)
  if (!/^\d+(\.\d{1,3})?$/.test(dose) || !(amount > 0) || amount > MAX_DOSE_AMOUNT) {
    problems.push('doseAmount')
  }
  const days = draft.durationDays.trim()
  if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > MAX_DURATION_DAYS) {
    problems.push('durationDays')
  }
  return problems
}
