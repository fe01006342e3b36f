import { CROSS_REACTIVITY } from '../cross-reactivity.ts'
import { classesOfMatch, matchText } from '../match-text.ts'
import type { SafetyWarning } from '../types.ts'
import type { CheckContext, CheckedLine } from './context.ts'

interface Candidate {
  severity: 'high' | 'moderate'
  allergyIndex: number
  matched: string
  via: 'drug' | 'class' | 'cross_reactivity'
  source?: string
}

interface Allergen {
  index: number
  codes: ReadonlySet<string>
  /** Classes the allergy names itself ("sulfa", "NSAIDs"). */
  named: ReadonlySet<string>
  /** Those and the classes of the drugs it names, for cross-reactivity. */
  implied: ReadonlySet<string>
}

function candidateFor(line: CheckedLine, allergen: Allergen): Candidate | null {
  const drugMatch = [...line.codes].find((code) => allergen.codes.has(code))
  if (drugMatch !== undefined) {
    return { severity: 'high', allergyIndex: allergen.index, matched: drugMatch, via: 'drug' }
  }
  // Classes are most specific first, so "penicillin" is reported rather than "beta_lactam".
  const classMatch = [...line.classes].find((key) => allergen.named.has(key))
  if (classMatch !== undefined) {
    return { severity: 'high', allergyIndex: allergen.index, matched: classMatch, via: 'class' }
  }
  let best: Candidate | null = null
  for (const rule of CROSS_REACTIVITY) {
    if (!allergen.implied.has(rule.from) || !line.classes.has(rule.to)) continue
    if (best !== null && (best.severity === 'high' || rule.severity === 'moderate')) continue
    best = {
      severity: rule.severity,
      allergyIndex: allergen.index,
      matched: rule.from,
      via: 'cross_reactivity',
      source: rule.source,
    }
  }
  return best
}

const better = (a: Candidate, b: Candidate) =>
  a.severity !== b.severity ? a.severity === 'high' : a.allergyIndex < b.allergyIndex

/**
 * A line whose drug, component or class a recorded allergy names ('high'), or that
 * cross-reacts with it (cephalosporins after a penicillin allergy: 'moderate', NICE CG183).
 * One warning per line: the strongest match, the earliest allergy on a tie. Params carry the
 * allergy's position in the record, never its text.
 */
export function allergyWarnings(context: CheckContext): SafetyWarning[] {
  const allergens: Allergen[] = context.patient.allergies.map((allergy, index) => {
    const match = matchText(allergy.substance)
    return {
      index,
      codes: new Set(match.codes),
      named: new Set(match.classes),
      implied: classesOfMatch(match),
    }
  })
  const warnings: SafetyWarning[] = []
  for (const line of context.lines) {
    let best: Candidate | null = null
    for (const allergen of allergens) {
      const candidate = candidateFor(line, allergen)
      if (candidate !== null && (best === null || better(candidate, best))) best = candidate
    }
    if (best === null) continue
    warnings.push({
      id: `allergy:${line.code}:${best.matched}`,
      kind: 'allergy',
      severity: best.severity,
      lines: [line.index],
      params: {
        drug: line.code,
        matched: best.matched,
        via: best.via,
        allergyIndex: best.allergyIndex,
      },
      ...(best.source === undefined ? {} : { source: best.source }),
      needsOverride: true,
    })
  }
  return warnings
}
