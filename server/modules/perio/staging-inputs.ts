import type { ConditionEntry, Habits } from '../../../shared/contracts/history.ts'
import type { PerioStagingInputs } from '../../../shared/contracts/perio.ts'
import { ageOn } from '../../../shared/india/birth-date.ts'

/**
 * What the medical history and the patient record tell the 2017 AAP/EFP grade
 * (shared/dental/perio-staging.ts): its risk factors are cigarettes a day (< 10 grade B,
 * ≥ 10 C) and, for diabetics, HbA1c (< 7 % B, ≥ 7 % C). Null means "not known": the screen
 * asks the dentist rather than assume.
 *
 * - Never used tobacco: 0 a day. Former users: 0 too (the classification grades current
 *   smoking), with `formerSmoker` so the screen can say so.
 * - Current use with the form "smoking": the count when the history has one, else null.
 *   Current use in other forms only (chewing, gutkha…): 0 cigarettes; current use with no
 *   form recorded: null. No tobacco answer at all: null.
 * - Diabetes: null without a history; otherwise whether the code `diabetes` is listed, and its
 *   HbA1c when recorded.
 */
export function stagingInputs(
  source: { dateOfBirth: string; habits: Habits | null; conditions: ConditionEntry[] | null },
  today: string,
): PerioStagingInputs {
  const habits = source.habits
  const forms = habits?.tobaccoForms ?? []
  let cigarettesPerDay: number | null = null
  if (habits?.tobacco === 'never' || habits?.tobacco === 'former') cigarettesPerDay = 0
  else if (habits?.tobacco === 'current') {
    if (forms.includes('smoking')) cigarettesPerDay = habits.cigarettesPerDay ?? null
    else if (forms.length > 0) cigarettesPerDay = 0
  }
  const diabetes = source.conditions?.find((condition) => condition.code === 'diabetes')
  const age = ageOn(source.dateOfBirth, today)
  return {
    age: age >= 0 ? age : null,
    cigarettesPerDay,
    formerSmoker: habits?.tobacco === 'former',
    diabetes: source.conditions === null ? null : diabetes !== undefined,
    hba1c: diabetes?.hba1cPercent ?? null,
  }
}
