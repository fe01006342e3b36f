import { readNumber } from './vitals-draft.ts'
import { FIELD_LIMITS } from './vitals-fields.ts'

/**
 * BMI = weight (kg) / height (m)², to one decimal, the way the server computes the stored
 * entry's BMI (server/modules/vitals/present.ts). Shown while typing, so only for a weight and
 * height the server would accept: a BMI from a typing mistake would mislead.
 */
export function bmiFromDraft(weightText: string, heightText: string): number | null {
  const weightKg = readNumber(weightText)
  const heightCm = readNumber(heightText)
  if (!withinLimits(weightKg, 'weightKg') || !withinLimits(heightCm, 'heightCm')) return null
  return Math.round(((weightKg as number) / ((heightCm as number) / 100) ** 2) * 10) / 10
}

function withinLimits(value: number | undefined, field: 'weightKg' | 'heightCm'): boolean {
  if (value === undefined || Number.isNaN(value)) return false
  const { minimum, maximum } = FIELD_LIMITS[field]
  return value >= minimum && value <= maximum
}

/** One decimal always ("23.0", not "23"), so a column of BMIs lines up and reads alike. */
export function formatOneDecimal(value: number): string {
  return value.toFixed(1)
}
