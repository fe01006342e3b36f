/**
 * The vocabulary of prescribing, shared by the drug master (drug-master.ts), the safety checks
 * (safety.ts), the prescriptions API (server/modules/prescriptions) and the prescription pad
 * (web/src/features/prescriptions). Codes are stable: they are stored on prescription lines.
 */

/** Drugs and Cosmetics Rules 1945 schedules, plus the NDPS Act (india-domain §5.2). */
export const DRUG_SCHEDULES = ['otc', 'H', 'H1', 'X', 'NDPS'] as const
export type DrugSchedule = (typeof DRUG_SCHEDULES)[number]

export const DOSAGE_FORMS = [
  'tablet',
  'capsule',
  'syrup',
  'suspension',
  'drops',
  'injection',
  'cartridge',
  'gel',
  'ointment',
  'cream',
  'paste',
  'mouthwash',
  'gargle',
  'lozenge',
  'spray',
  'inhaler',
  'powder',
  'sachet',
  'solution',
] as const
export type DosageForm = (typeof DOSAGE_FORMS)[number]

export const ROUTES = [
  'oral',
  'sublingual',
  'topical',
  'local_infiltration',
  'nerve_block',
  'mouth_rinse',
  'inhalation',
  'intramuscular',
  'intravenous',
  'subcutaneous',
  'nasal',
  'eye',
  'ear',
  'rectal',
  'vaginal',
] as const
export type Route = (typeof ROUTES)[number]

/** What one dose is counted in; mg is computable for the first group from the strength. */
export const DOSE_UNITS = [
  'tablet',
  'capsule',
  'sachet',
  'ml',
  'mg',
  'drop',
  'puff',
  'spray',
  'application',
  'cartridge',
] as const
export type DoseUnit = (typeof DOSE_UNITS)[number]

/**
 * Indian prescriptions write morning-noon-night as 1-0-1; the rest are the Latin habits still
 * printed everywhere (SOS, STAT, HS). `timesPerDay` of each lives in frequency.ts.
 */
export const FREQUENCIES = [
  '1-0-0',
  '0-1-0',
  '0-0-1',
  '1-0-1',
  '1-1-0',
  '0-1-1',
  '1-1-1',
  '1-1-1-1',
  'every_4_hours',
  'every_6_hours',
  'every_8_hours',
  'every_12_hours',
  'once_a_week',
  'sos',
  'stat',
] as const
export type Frequency = (typeof FREQUENCIES)[number]

export const FOOD_TIMINGS = [
  'after_food',
  'before_food',
  'with_food',
  'empty_stomach',
  'bedtime',
  'any',
] as const
export type FoodTiming = (typeof FOOD_TIMINGS)[number]

/** A strength as printed ("500 mg", "125 mg/5 ml") and, where it is one, its mass per unit or per volume. */
export interface Strength {
  label: string
  /** Milligrams per tablet/capsule/sachet, or per `perMl` millilitres of a liquid. */
  mg?: number
  perMl?: number
}

export interface Presentation {
  form: DosageForm
  strengths: readonly Strength[]
}

/** Limits for the commonest drugs; a dose above `hard*` is refused as input, above the rest warned. */
export interface DoseLimit {
  maxSingleMg?: number
  maxDailyMg?: number
  /** Children (under 12, or under 40 kg): per kilogram per day, capped by the adult maximum. */
  paediatricMgPerKgDay?: number
  /** Refused outright (a typo of an extra zero): the API answers 400 naming the dose. */
  hardMaxSingleMg?: number
  hardMaxDailyMg?: number
}

export interface Caution {
  level: 'avoid' | 'caution'
  note: string
}

/** One medicine of the shipped master, or a clinic's own item mapped into the same shape. */
export interface Drug {
  /** Stable slug: 'amoxicillin', 'amoxicillin_clavulanate'. Clinic items: 'clinic:<uuid>'. */
  code: string
  /** Generic name in ordinary case; printed in CAPITALS (IMC Regulations 1.5). */
  generic: string
  /** Most specific first, e.g. ['aminopenicillin', 'penicillin', 'beta_lactam']. */
  classes: readonly string[]
  category: string
  schedule: DrugSchedule
  presentations: readonly Presentation[]
  routes: readonly Route[]
  pregnancy?: Caution
  paediatric?: Caution & { minAgeYears?: number }
  doseLimit?: DoseLimit
  /** Key into the master's SOURCES. */
  source: string
  /**
   * Codes of the master generics a combination contains (amoxicillin_clavulanate: amoxicillin,
   * clavulanic_acid), so an allergy or interaction naming one component still matches. Optional.
   */
  components?: readonly string[]
  /**
   * Also a psychotropic substance under the NDPS Act 1985 while scheduled H/H1 under the Drugs
   * Rules (tramadol, benzodiazepines): flagged like a narcotic, at info level. Optional.
   */
  ndpsPsychotropic?: boolean
}

/** A prescription line as the checks read it. */
export interface LineForCheck {
  drugCode: string | null
  /** The generic name (a custom line's typed name). */
  name: string
  strength: Strength | null
  doseAmount: number
  doseUnit: DoseUnit
  frequency: Frequency
  durationDays: number
  route: Route
}

export interface PatientForCheck {
  ageYears: number | null
  weightKg: number | null
  isPregnant: boolean
  allergies: readonly { substance: string; category: string }[]
  /** Medicines the patient already takes (medical history), by the name written there. */
  medications: readonly { name: string }[]
}

export const WARNING_KINDS = [
  'allergy',
  'interaction',
  'duplicate_class',
  'dose_above_limit',
  'paediatric_dose',
  'weight_needed',
  'pregnancy',
  'paediatric',
  'schedule_h1',
  'schedule_x',
  'narcotic',
] as const
export type WarningKind = (typeof WARNING_KINDS)[number]

export interface SafetyWarning {
  /** Stable within one prescription's content, e.g. 'allergy:amoxicillin:penicillin'; an override names it. */
  id: string
  kind: WarningKind
  severity: 'high' | 'moderate' | 'info'
  /** Indexes of the lines it concerns. */
  lines: readonly number[]
  /** Codes and numbers for the screen's text (drug names, the class, the limit); never patient data. */
  params: Readonly<Record<string, string | number>>
  /** Where the rule comes from (a key of SOURCES), shown with the warning. */
  source?: string
  /** True when issuing needs a recorded reason; info-level flags (Schedule H1 register) do not. */
  needsOverride: boolean
}
