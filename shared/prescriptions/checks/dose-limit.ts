import { exceeds, milligramsPerDose } from '../dose.ts'
import { timesPerDay } from '../frequency.ts'
import type { SafetyWarning } from '../types.ts'
import type { CheckContext } from './context.ts'

const round = (value: number) => Math.round(value * 100) / 100

/**
 * A dose above the adult maximum of the cited formulary: per dose, or per day (a dose times
 * `timesPerDay`). For a child with a weight the daily limit is the weight-based one
 * (paediatric-dose.ts), so only the single-dose maximum is checked here.
 */
export function doseLimitWarnings(context: CheckContext): SafetyWarning[] {
  const warnings: SafetyWarning[] = []
  const weighed = context.isChild && context.patient.weightKg !== null
  for (const { index, line, drug, code } of context.lines) {
    const limit = drug?.doseLimit
    const perDose = milligramsPerDose(line, drug)
    if (limit === undefined || perDose === null) continue
    const perDay = perDose * timesPerDay(line.frequency)
    const over = exceeds(perDose, limit.maxSingleMg)
      ? { per: 'dose', mg: perDose, limitMg: limit.maxSingleMg }
      : !weighed && exceeds(perDay, limit.maxDailyMg)
        ? { per: 'day', mg: perDay, limitMg: limit.maxDailyMg }
        : null
    if (over === null) continue
    warnings.push({
      id: `dose_above_limit:${code}:${index}`,
      kind: 'dose_above_limit',
      severity: 'high',
      lines: [index],
      params: { drug: code, per: over.per, mg: round(over.mg), limitMg: over.limitMg },
      source: drug?.source ?? 'bnf',
      needsOverride: true,
    })
  }
  return warnings
}
