import { INTERACTIONS, type Interaction } from '../interactions.ts'
import type { SafetyWarning } from '../types.ts'
import { type CheckContext, type CheckedLine, type CurrentMedication, isAnyOf } from './context.ts'

function warning(
  rule: Interaction,
  lines: number[],
  codes: [string, string],
  current: string | null,
): SafetyWarning {
  const [a, b] = [...codes].sort()
  return {
    id: `interaction:${rule.id}:${a}:${b}`,
    kind: 'interaction',
    severity: rule.severity,
    lines,
    params: {
      rule: rule.id,
      effect: rule.effect,
      drugA: a ?? '',
      drugB: b ?? '',
      ...(current === null ? {} : { current }),
    },
    source: rule.source,
    needsOverride: true,
  }
}

/**
 * Pairs of the shipped table (interactions.ts) between two new lines, and between a new line
 * and a medicine the history records (matched by its typed name; `current` names it). Lines
 * applied locally (mouthwash, gel) take no part. The same drug on both sides is not a pair.
 */
export function interactionWarnings(context: CheckContext): SafetyWarning[] {
  const warnings: SafetyWarning[] = []
  const systemic = context.lines.filter((line) => !line.isLocal)
  for (const rule of INTERACTIONS) {
    // Each side is matched once per subject, then only matching subjects are paired: the table
    // times (10 lines + 20 medicines) stays a few hundred set lookups.
    const linesA = systemic.filter((line) => isAnyOf(line, rule.a))
    const linesB = systemic.filter((line) => isAnyOf(line, rule.b))
    if (linesA.length === 0 && linesB.length === 0) continue
    const seen = new Set<string>()
    for (const first of linesA) {
      for (const second of linesB) {
        const [low, high] = first.index < second.index ? [first, second] : [second, first]
        const key = `${low.index}:${high.index}`
        if (first.code === second.code || seen.has(key)) continue
        seen.add(key)
        warnings.push(warning(rule, [low.index, high.index], [low.code, high.code], null))
      }
    }
    const medicationsA = context.medications.filter((medication) => isAnyOf(medication, rule.a))
    const medicationsB = context.medications.filter((medication) => isAnyOf(medication, rule.b))
    const pairs: [CheckedLine, CurrentMedication][] = [
      ...linesA.flatMap((line) =>
        medicationsB.map((medication) => [line, medication] as [CheckedLine, CurrentMedication]),
      ),
      ...linesB.flatMap((line) =>
        medicationsA.map((medication) => [line, medication] as [CheckedLine, CurrentMedication]),
      ),
    ]
    for (const [line, medication] of pairs) {
      const key = `${line.index}:m${medication.index}`
      if (medication.codes.has(line.code) || seen.has(key)) continue
      seen.add(key)
      warnings.push(warning(rule, [line.index], [line.code, medication.code], medication.code))
    }
  }
  return warnings
}
