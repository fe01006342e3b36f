import { findMasterDrug } from '../drug-master.ts'
import { classesOfMatch, matchText, type TextMatch } from '../match-text.ts'
import { normaliseName } from '../normalise.ts'
import type { Drug, LineForCheck, PatientForCheck, Route } from '../types.ts'

/** A prescription line with what the checks need resolved once. */
export interface CheckedLine {
  index: number
  line: LineForCheck
  /** Its drug: from the map (master or clinic item), else the master drug its name matches. */
  drug: Drug | undefined
  /** A code for ids and params: the drug's, else 'custom:<name>'. */
  code: string
  /** The code, a combination's components and the master codes its name matches. */
  codes: ReadonlySet<string>
  classes: ReadonlySet<string>
  /** Applied to skin or mouth, or a rinse: no systemic interaction or duplicate therapy. */
  isLocal: boolean
}

/** A medicine from the history, as far as its typed name matches the master. */
export interface CurrentMedication {
  index: number
  code: string
  codes: ReadonlySet<string>
  classes: ReadonlySet<string>
}

export interface CheckContext {
  lines: readonly CheckedLine[]
  medications: readonly CurrentMedication[]
  patient: PatientForCheck
  /** Under 12 years, or under 40 kg (types.ts DoseLimit). */
  isChild: boolean
}

const LOCAL_ROUTES: ReadonlySet<Route> = new Set([
  'topical',
  'mouth_rinse',
  'eye',
  'ear',
  'nasal',
  'vaginal',
])

function codesOf(drug: Drug | undefined, match: TextMatch): Set<string> {
  const codes = new Set(match.codes)
  if (drug !== undefined) {
    codes.add(drug.code)
    for (const component of drug.components ?? []) codes.add(component)
  }
  return codes
}

function checkedLine(
  line: LineForCheck,
  index: number,
  drugs: ReadonlyMap<string, Drug>,
): CheckedLine {
  const code = line.drugCode
  let drug = code === null ? undefined : (drugs.get(code) ?? findMasterDrug(code))
  // A clinic item or a custom line is also read by its name, so "Amoxicillin 250 DT" typed as
  // a custom line still meets a penicillin allergy.
  const isMaster = drug !== undefined && findMasterDrug(drug.code) !== undefined
  const match = isMaster ? { codes: [], classes: [] } : matchText(drug?.generic ?? line.name)
  if (drug === undefined && match.codes.length === 1) drug = findMasterDrug(match.codes[0] ?? '')
  const classes = classesOfMatch(match)
  for (const key of drug?.classes ?? []) classes.add(key)
  return {
    index,
    line,
    drug,
    code: drug?.code ?? code ?? `custom:${normaliseName(line.name).replace(/ /g, '_')}`,
    codes: codesOf(drug, match),
    classes,
    isLocal: LOCAL_ROUTES.has(line.route),
  }
}

function currentMedication(name: string, index: number): CurrentMedication | null {
  const match = matchText(name)
  if (match.codes.length === 0 && match.classes.length === 0) return null
  const codes = new Set(match.codes)
  for (const code of match.codes)
    for (const part of findMasterDrug(code)?.components ?? []) codes.add(part)
  return {
    index,
    code: match.codes[0] ?? `class:${match.classes[0]}`,
    codes,
    classes: classesOfMatch(match),
  }
}

export function checkContext(
  lines: readonly LineForCheck[],
  patient: PatientForCheck,
  drugs: ReadonlyMap<string, Drug>,
): CheckContext {
  const age = patient.ageYears
  const weight = patient.weightKg
  return {
    lines: lines.map((line, index) => checkedLine(line, index, drugs)),
    medications: patient.medications
      .map((medication, index) => currentMedication(medication.name, index))
      .filter((medication): medication is CurrentMedication => medication !== null),
    patient,
    isChild: (age !== null && age < 12) || (weight !== null && weight < 40),
  }
}

/** Whether a line or medication is one of `codes` or of a class in `classes`. */
export function isAnyOf(
  subject: { codes: ReadonlySet<string>; classes: ReadonlySet<string> },
  side: { drugs?: readonly string[]; classes?: readonly string[] },
): boolean {
  return (
    (side.drugs ?? []).some((code) => subject.codes.has(code)) ||
    (side.classes ?? []).some((key) => subject.classes.has(key))
  )
}
