import { BRAND_NAMES } from './brand-names.ts'
import { DRUG_CLASSES } from './classes.ts'
import { DRUGS, findMasterDrug, namesOf } from './drug-master.ts'
import { normaliseName, wordsOf } from './normalise.ts'

/** What a typed allergy or medication names: master drug codes and drug classes. */
export interface TextMatch {
  codes: readonly string[]
  classes: readonly string[]
}

interface Target {
  codes: Set<string>
  classes: Set<string>
}

const INDEX = new Map<string, Target>()
function add(term: string, kind: 'code' | 'class', value: string) {
  const key = normaliseName(term)
  if (key === '') return
  let target = INDEX.get(key)
  if (target === undefined) {
    target = { codes: new Set(), classes: new Set() }
    INDEX.set(key, target)
  }
  ;(kind === 'code' ? target.codes : target.classes).add(value)
}
for (const drug of DRUGS) for (const name of namesOf(drug)) add(name, 'code', drug.code)
for (const [key, drugClass] of Object.entries(DRUG_CLASSES)) {
  for (const synonym of 'synonyms' in drugClass ? drugClass.synonyms : [])
    add(synonym, 'class', key)
}
for (const [brand, target] of Object.entries(BRAND_NAMES)) {
  if (target.startsWith('class:')) add(brand, 'class', target.slice('class:'.length))
  else add(brand, 'code', target)
}
const LONGEST_TERM = Math.max(...[...INDEX.keys()].map((key) => wordsOf(key).length))

// Words that describe rather than name: "allergy to penicillin drugs", "Tab. Warfarin 5 mg OD".
const NOISE = new Set(
  'allergy allergic allergies to drug drugs medicine medicines group class family reaction rash tab tabs tablet tablets cap caps capsule capsules syrup susp suspension inj injection gel mouthwash cream ointment mg mcg ml iu od bd bid tds tid qid hs sos daily once twice thrice weekly morning night after before food only'.split(
    ' ',
  ),
)

function lookup(words: readonly string[]): Target | undefined {
  const phrase = words.join(' ')
  const exact = INDEX.get(phrase)
  if (exact !== undefined) return exact
  // Plurals as a desk types them: "penicillins", "NSAIDs", "sulpha drugs" (drugs is noise).
  const singular = words.map((word) =>
    word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word,
  )
  return INDEX.get(singular.join(' '))
}

/**
 * Reads free text ("Penicillins", "sulpha drugs", "Amoxil", "Tab Ecosprin 75 mg OD, warfarin")
 * as master codes and classes: the longest known phrase wins, each word is used once, words of
 * fewer than three letters alone never match. Unknown text gives empty lists, never a guess.
 */
export function matchText(text: string): TextMatch {
  const cached = CACHE.get(text)
  if (cached !== undefined) return cached
  const match = matchUncached(text)
  // The same allergies and medicines are read on every check of a patient's prescription.
  // Bounded: cleared when full, so memory stays small whatever text arrives.
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear()
  CACHE.set(text, match)
  return match
}

const CACHE_LIMIT = 5_000
const CACHE = new Map<string, TextMatch>()

function matchUncached(text: string): TextMatch {
  const codes = new Set<string>()
  const classes = new Set<string>()
  for (const part of text.split(/[,;/&+]|\band\b|\bor\b/i)) {
    const words = wordsOf(normaliseName(part)).filter(
      (word) => !NOISE.has(word) && !/^\d/.test(word),
    )
    let start = 0
    while (start < words.length) {
      let matched = 0
      for (let size = Math.min(LONGEST_TERM, words.length - start); size >= 1; size -= 1) {
        const window = words.slice(start, start + size)
        if (size === 1 && (window[0]?.length ?? 0) < 3) break
        const target = lookup(window)
        if (target !== undefined) {
          for (const code of target.codes) codes.add(code)
          for (const key of target.classes) classes.add(key)
          matched = size
          break
        }
      }
      start += matched > 0 ? matched : 1
    }
  }
  return Object.freeze({
    codes: Object.freeze([...codes].sort()),
    classes: Object.freeze([...classes].sort()),
  })
}

/** The classes a text match implies: its classes and the classes of its drugs. */
export function classesOfMatch(match: TextMatch): Set<string> {
  const all = new Set(match.classes)
  for (const code of match.codes)
    for (const key of findMasterDrug(code)?.classes ?? []) all.add(key)
  return all
}
