import { timesPerDay } from './frequency.ts'
import type { Drug, LineForCheck, Strength } from './types.ts'

// Floating-point slack for comparisons: 2.5 ml of 125 mg/5 ml is 62.49999… in binary.
const EPSILON = 1e-6

/** The line's strength, or the drug's only strength when the line names none. */
function strengthOf(line: LineForCheck, drug: Drug | undefined): Strength | null {
  if (line.strength !== null) return line.strength
  const all = drug?.presentations.flatMap((presentation) => presentation.strengths) ?? []
  return all.length === 1 ? (all[0] ?? null) : null
}

/**
 * Milligrams in one dose, or null when the unit does not convert (a drop, a puff, a cartridge,
 * an application, a strength without a mass). For a combination it is the principal
 * component's milligrams (see drugs/build.ts).
 */
export function milligramsPerDose(line: LineForCheck, drug: Drug | undefined): number | null {
  if (!(line.doseAmount > 0)) return null
  if (line.doseUnit === 'mg') return line.doseAmount
  const strength = strengthOf(line, drug)
  if (strength?.mg === undefined) return null
  switch (line.doseUnit) {
    case 'tablet':
    case 'capsule':
    case 'sachet':
      return strength.perMl === undefined ? line.doseAmount * strength.mg : null
    case 'ml':
      return strength.perMl === undefined ? null : (line.doseAmount * strength.mg) / strength.perMl
    default:
      return null
  }
}

/** Milligrams a day: a dose times `timesPerDay` (SOS counted as 3, weekly as 1/7). */
export function milligramsPerDay(line: LineForCheck, drug: Drug | undefined): number | null {
  const perDose = milligramsPerDose(line, drug)
  return perDose === null ? null : perDose * timesPerDay(line.frequency)
}

export function exceeds(value: number, limit: number | undefined): limit is number {
  return limit !== undefined && value > limit + EPSILON
}

/**
 * A dose above the drug's hard limit (three times its maximum: an extra zero), which the API
 * refuses as input (400 naming lines.N.doseAmount) rather than warns about.
 */
export function hardLimitProblem(
  line: LineForCheck,
  drug: Drug | null | undefined,
): { field: 'doseAmount'; limitMg: number } | null {
  const limit = drug?.doseLimit
  if (limit === undefined) return null
  const perDose = milligramsPerDose(line, drug ?? undefined)
  if (perDose === null) return null
  if (exceeds(perDose, limit.hardMaxSingleMg)) {
    return { field: 'doseAmount', limitMg: limit.hardMaxSingleMg }
  }
  const perDay = perDose * timesPerDay(line.frequency)
  if (exceeds(perDay, limit.hardMaxDailyMg))
    return { field: 'doseAmount', limitMg: limit.hardMaxDailyMg }
  return null
}
