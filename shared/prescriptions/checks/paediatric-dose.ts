import { exceeds, milligramsPerDay } from '../dose.ts'
import type { SafetyWarning } from '../types.ts'
import type { CheckContext } from './context.ts'

const round = (value: number) => Math.round(value * 100) / 100

/**
 * Children (under 12 years or under 40 kg): a drug with a per-kilogram limit is checked against
 * weight × mg/kg/day, capped by the adult daily maximum (BNFC). Without a weight on record the
 * dose cannot be checked: 'weight_needed' (moderate), so the doctor weighs the child or says why
 * not. A child known only by weight is always weighed; one known only by age may not be.
 */
export function paediatricDoseWarnings(context: CheckContext): SafetyWarning[] {
  if (!context.isChild) return []
  const weight = context.patient.weightKg
  const warnings: SafetyWarning[] = []
  for (const { index, line, drug, code } of context.lines) {
    const perKg = drug?.doseLimit?.paediatricMgPerKgDay
    if (perKg === undefined) continue
    if (weight === null) {
      warnings.push({
        id: `weight_needed:${code}`,
        kind: 'weight_needed',
        severity: 'moderate',
        lines: [index],
        params: { drug: code },
        needsOverride: true,
      })
      continue
    }
    const perDay = milligramsPerDay(line, drug)
    if (perDay === null) continue
    const adultMax = drug?.doseLimit?.maxDailyMg ?? Number.POSITIVE_INFINITY
    const limitMg = round(Math.min(perKg * weight, adultMax))
    if (!exceeds(perDay, limitMg)) continue
    warnings.push({
      id: `paediatric_dose:${code}:${index}`,
      kind: 'paediatric_dose',
      severity: 'high',
      lines: [index],
      params: { drug: code, mgPerDay: round(perDay), limitMg, mgPerKgDay: perKg },
      source: 'bnfc',
      needsOverride: true,
    })
  }
  return warnings
}
