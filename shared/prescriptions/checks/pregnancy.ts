import type { SafetyWarning } from '../types.ts'
import type { CheckContext } from './context.ts'

/** A drug with a pregnancy caution for a patient recorded as pregnant: avoid 'high', caution 'moderate'. */
export function pregnancyWarnings(context: CheckContext): SafetyWarning[] {
  if (!context.patient.isPregnant) return []
  const warnings: SafetyWarning[] = []
  for (const { index, drug, code } of context.lines) {
    const caution = drug?.pregnancy
    if (caution === undefined) continue
    warnings.push({
      id: `pregnancy:${code}`,
      kind: 'pregnancy',
      severity: caution.level === 'avoid' ? 'high' : 'moderate',
      lines: [index],
      params: { drug: code, level: caution.level },
      source: drug?.source ?? 'bnf',
      needsOverride: true,
    })
  }
  return warnings
}
