import type {
  Caution,
  DosageForm,
  DoseLimit,
  Drug,
  DrugSchedule,
  Presentation,
  Route,
  Strength,
} from '../types.ts'

/**
 * Small builders that keep the data files one line a drug. Strengths: `mg` is per tablet,
 * capsule or sachet, or per `perMl` ml of a liquid; a combination's `mg` is its principal
 * component's (the one its dose limit speaks of: amoxicillin in co-amoxiclav).
 */
export const mg = (value: number): Strength => ({ label: `${value} mg`, mg: value })
export const mcg = (value: number): Strength => ({ label: `${value} mcg`, mg: value / 1000 })
export const perMl = (value: number, ml: number): Strength => ({
  label: `${value} mg/${ml} ml`,
  mg: value,
  perMl: ml,
})
/** A w/v percentage: 2% is 20 mg in 1 ml. */
export const percent = (value: number): Strength => ({
  label: `${value}%`,
  mg: Math.round(value * 10 * 1000) / 1000,
  perMl: 1,
})
/** A strength with no computable mass (units, IU, ratios, creams). */
export const text = (label: string): Strength => ({ label })
/** A combination: printed label, principal component's mg. */
export const combo = (label: string, principalMg: number, ml?: number): Strength =>
  ml === undefined ? { label, mg: principalMg } : { label, mg: principalMg, perMl: ml }

export const form = (dosageForm: DosageForm, ...strengths: Strength[]): Presentation => ({
  form: dosageForm,
  strengths,
})
export const tab = (...values: number[]): Presentation => form('tablet', ...values.map(mg))
export const cap = (...values: number[]): Presentation => form('capsule', ...values.map(mg))

export const ORAL: readonly Route[] = ['oral']
export const TOPICAL: readonly Route[] = ['topical']
export const RINSE: readonly Route[] = ['mouth_rinse']
export const DENTAL_INJECTION: readonly Route[] = ['local_infiltration', 'nerve_block']

/**
 * Adult maxima from the cited formulary; the hard limits that refuse input are three times
 * them (catches a slipped extra zero without refusing a deliberate high dose, which warns).
 */
export function limits(maxSingleMg: number, maxDailyMg: number, paediatricMgPerKgDay?: number) {
  const limit: DoseLimit = {
    maxSingleMg,
    maxDailyMg,
    hardMaxSingleMg: maxSingleMg * 3,
    hardMaxDailyMg: maxDailyMg * 3,
  }
  if (paediatricMgPerKgDay !== undefined) limit.paediatricMgPerKgDay = paediatricMgPerKgDay
  return limit
}

export const avoid = (note: string): Caution => ({ level: 'avoid', note })
export const caution = (note: string): Caution => ({ level: 'caution', note })
export const childAvoid = (minAgeYears: number, note: string) => ({
  level: 'avoid' as const,
  note,
  minAgeYears,
})
export const childCaution = (minAgeYears: number, note: string) => ({
  level: 'caution' as const,
  note,
  minAgeYears,
})

type Extra = Partial<
  Pick<
    Drug,
    'pregnancy' | 'paediatric' | 'doseLimit' | 'source' | 'components' | 'ndpsPsychotropic'
  >
>

/** A builder bound to one category and a default source key. */
export function drugsOf(category: string, defaultSource: string) {
  return (
    code: string,
    generic: string,
    classes: readonly string[],
    schedule: DrugSchedule,
    presentations: readonly Presentation[],
    routes: readonly Route[],
    extra: Extra = {},
  ): Drug => ({
    code,
    generic,
    classes,
    category,
    schedule,
    presentations,
    routes,
    ...extra,
    source: extra.source ?? defaultSource,
  })
}
