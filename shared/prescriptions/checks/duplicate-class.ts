import type { SafetyWarning } from '../types.ts'
import type { CheckContext, CheckedLine } from './context.ts'

/**
 * Classes where two at once is duplicate therapy. 'high' where the sum harms (two NSAIDs: GI
 * bleeding, BNF; two paracetamol-containing products: overdose; two anticoagulants, opioids or
 * sedatives); 'moderate' where it is usually an oversight. Aspirin with clopidogrel (dual
 * antiplatelet therapy) is deliberate, so 'antiplatelet' is not listed.
 */
export const DUPLICATE_CLASSES: Readonly<Record<string, 'high' | 'moderate'>> = {
  nsaid: 'high',
  para_aminophenol: 'high',
  anticoagulant: 'high',
  opioid: 'high',
  benzodiazepine: 'high',
  penicillin: 'moderate',
  cephalosporin: 'moderate',
  macrolide: 'moderate',
  fluoroquinolone: 'moderate',
  tetracycline: 'moderate',
  nitroimidazole: 'moderate',
  azole_antifungal: 'moderate',
  proton_pump_inhibitor: 'moderate',
  h2_blocker: 'moderate',
  dopamine_antagonist: 'moderate',
  antihistamine: 'moderate',
  corticosteroid: 'moderate',
  ssri: 'moderate',
  statin: 'moderate',
  sulfonylurea: 'moderate',
}

/**
 * Two systemic lines of one listed class, or of the same drug; and a new line of a listed class
 * the patient already takes (history; `current` names it). Local lines (rinses, gels) and
 * classes not listed are ignored.
 */
export function duplicateClassWarnings(context: CheckContext): SafetyWarning[] {
  const warnings: SafetyWarning[] = []
  const systemic = context.lines.filter((line) => !line.isLocal)
  const covered = new Set<string>()
  for (const [key, severity] of Object.entries(DUPLICATE_CLASSES)) {
    const members = systemic.filter((line) => line.classes.has(key))
    if (members.length > 1) {
      for (const line of members) covered.add(`${line.index}`)
      warnings.push({
        id: `duplicate_class:${key}`,
        kind: 'duplicate_class',
        severity,
        lines: members.map((line) => line.index),
        params: { class: key, drugs: members.map((line) => line.code).join(',') },
        needsOverride: true,
      })
    }
    for (const line of members) {
      const current = context.medications.find((medication) => medication.classes.has(key))
      if (current === undefined) continue
      warnings.push({
        id: `duplicate_class:${key}:${line.code}:${current.code}`,
        kind: 'duplicate_class',
        severity: 'moderate',
        lines: [line.index],
        params: { class: key, drugs: line.code, current: current.code },
        needsOverride: true,
      })
    }
  }
  const byCode = new Map<string, CheckedLine[]>()
  for (const line of systemic) byCode.set(line.code, [...(byCode.get(line.code) ?? []), line])
  for (const [code, same] of byCode) {
    if (same.length < 2 || same.every((line) => covered.has(`${line.index}`))) continue
    warnings.push({
      id: `duplicate_class:${code}`,
      kind: 'duplicate_class',
      severity: 'moderate',
      lines: same.map((line) => line.index),
      params: { class: '', drugs: same.map((line) => line.code).join(',') },
      needsOverride: true,
    })
  }
  return warnings
}
