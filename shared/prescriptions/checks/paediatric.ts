import type { SafetyWarning } from '../types.ts'
import type { CheckContext } from './context.ts'

/**
 * A drug to avoid below an age (tetracyclines under 12, aspirin under 16, codeine and tramadol
 * under 12, nimesulide under 12 in India): 'avoid' is high, 'caution' moderate. Needs the age;
 * a patient without one is not flagged (the prescription prints the age, india-domain §5.1).
 */
export function paediatricWarnings(context: CheckContext): SafetyWarning[] {
  const age = context.patient.ageYears
  if (age === null) return []
  const warnings: SafetyWarning[] = []
  for (const { index, drug, code } of context.lines) {
    const rule = drug?.paediatric
    if (rule?.minAgeYears === undefined || age >= rule.minAgeYears) continue
    warnings.push({
      id: `paediatric:${code}`,
      kind: 'paediatric',
      severity: rule.level === 'avoid' ? 'high' : 'moderate',
      lines: [index],
      params: { drug: code, minAgeYears: rule.minAgeYears, level: rule.level },
      source: drug?.source ?? 'bnfc',
      needsOverride: true,
    })
  }
  return warnings
}
