// Builders for the unit tests of the checks (not used by the app).
import { type CheckContext, checkContext } from './checks/context.ts'
import { DRUGS, findMasterDrug } from './drug-master.ts'
import { checkPrescription } from './safety.ts'
import type { Drug, LineForCheck, PatientForCheck, SafetyWarning } from './types.ts'

export const MASTER: ReadonlyMap<string, Drug> = new Map(DRUGS.map((drug) => [drug.code, drug]))

/** A line of a master drug: its first strength, one unit, twice a day, five days, orally. */
export function rx(code: string, overrides: Partial<LineForCheck> = {}): LineForCheck {
  const drug = findMasterDrug(code)
  if (drug === undefined) throw new Error(`no master drug ${code}`)
  const presentation = drug.presentations[0]
  return {
    drugCode: code,
    name: drug.generic,
    strength: presentation?.strengths[0] ?? null,
    doseAmount: 1,
    doseUnit: presentation?.form === 'capsule' ? 'capsule' : 'tablet',
    frequency: '1-0-1',
    durationDays: 5,
    route: drug.routes[0] ?? 'oral',
    ...overrides,
  }
}

export function patient(overrides: Partial<PatientForCheck> = {}): PatientForCheck {
  return {
    ageYears: 35,
    weightKg: 65,
    isPregnant: false,
    allergies: [],
    medications: [],
    ...overrides,
  }
}

export const allergies = (...substances: string[]) =>
  substances.map((substance) => ({ substance, category: 'drug' }))
export const medications = (...names: string[]) => names.map((name) => ({ name }))

export function context(
  lines: readonly LineForCheck[],
  who: PatientForCheck = patient(),
  drugs: ReadonlyMap<string, Drug> = MASTER,
): CheckContext {
  return checkContext(lines, who, drugs)
}

export function check(
  lines: readonly LineForCheck[],
  who: PatientForCheck = patient(),
): SafetyWarning[] {
  return checkPrescription(lines, who, MASTER)
}
