import { DRUGS } from './drugs/index.ts'
import { normaliseName, wordsOf } from './normalise.ts'
import { GENERIC_SYNONYMS } from './synonyms.ts'
import type { Drug } from './types.ts'

export { DRUGS }

const BY_CODE: ReadonlyMap<string, Drug> = new Map(DRUGS.map((drug) => [drug.code, drug]))

/** A master drug by its stable code, or undefined (clinic items 'clinic:<uuid>' are not here). */
export function findMasterDrug(code: string): Drug | undefined {
  return BY_CODE.get(code)
}

/** Every name a drug is known by, normalised: the generic (without a bracket), its bracket, synonyms. */
export function namesOf(drug: Drug): string[] {
  const names = [drug.generic.replace(/\([^)]*\)/g, ' ')]
  for (const inner of drug.generic.matchAll(/\(([^)]*)\)/g)) names.push(inner[1] ?? '')
  names.push(...(GENERIC_SYNONYMS[drug.code] ?? []))
  return [...new Set(names.map(normaliseName).filter((name) => name !== ''))]
}

interface SearchEntry {
  drug: Drug
  generic: string
  names: readonly string[]
}

// Only drugs with a presentation are offered: component-only entries (clavulanic acid) exist
// for allergy and interaction matching, not for prescribing.
const SEARCH_INDEX: readonly SearchEntry[] = DRUGS.filter((drug) => drug.presentations.length > 0)
  .map((drug) => ({ drug, generic: normaliseName(drug.generic), names: namesOf(drug) }))
  .sort((a, b) => a.generic.localeCompare(b.generic))

/** 0: the generic starts with the query; 1: a synonym does; 2: every query word starts a word. */
function rank(entry: SearchEntry, query: string, queryWords: readonly string[]): number | null {
  if (entry.generic.startsWith(query)) return 0
  if (entry.names.some((name) => name.startsWith(query))) return 1
  const matchesWords = (name: string) => {
    const words = wordsOf(name)
    return queryWords.every((queryWord) => words.some((word) => word.startsWith(queryWord)))
  }
  return entry.names.some(matchesWords) ? 2 : null
}

/**
 * Type-ahead over the master: prefix or word-prefix match on the generic name and its generic
 * synonyms (paracetamol/acetaminophen, lignocaine/lidocaine), case- and spelling-insensitive.
 * Best matches first, then alphabetical; an empty query gives nothing.
 */
export function searchMasterDrugs(query: string, limit = 20): Drug[] {
  const normalised = normaliseName(query)
  if (normalised === '' || limit <= 0) return []
  const queryWords = wordsOf(normalised)
  const ranked: { drug: Drug; rank: number }[] = []
  for (const entry of SEARCH_INDEX) {
    const score = rank(entry, normalised, queryWords)
    if (score !== null) ranked.push({ drug: entry.drug, rank: score })
  }
  // Array.prototype.sort is stable: equal ranks keep the index's alphabetical order.
  ranked.sort((a, b) => a.rank - b.rank)
  return ranked.slice(0, limit).map((entry) => entry.drug)
}
