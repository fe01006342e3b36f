import type { FormularyLine } from '../../../shared/contracts/formulary.ts'

/** A line's columns in prescription_favourites. */
export const favouriteColumns = (line: FormularyLine) => ({
  drug_code: line.drugCode,
  strength_label: line.strengthLabel,
  dose_amount: line.doseAmount,
  dose_unit: line.doseUnit,
  route: line.route,
  frequency: line.frequency,
  food_timing: line.foodTiming,
  duration_days: line.durationDays,
  instructions_en: line.instructionsEn,
  instructions_hi: line.instructionsHi,
})

/** Field names of a single-line body (a favourite): the line's own field. */
export const ownField = (_index: number, field: keyof FormularyLine): string => field
