import { allergyWarnings } from './checks/allergy.ts'
import { checkContext } from './checks/context.ts'
import { doseLimitWarnings } from './checks/dose-limit.ts'
import { duplicateClassWarnings } from './checks/duplicate-class.ts'
import { interactionWarnings } from './checks/interaction.ts'
import { paediatricWarnings } from './checks/paediatric.ts'
import { paediatricDoseWarnings } from './checks/paediatric-dose.ts'
import { pregnancyWarnings } from './checks/pregnancy.ts'
import { scheduleWarnings } from './checks/schedule.ts'
import {
  type Drug,
  type LineForCheck,
  type PatientForCheck,
  type SafetyWarning,
  WARNING_KINDS,
} from './types.ts'

const CHECKS = [
  allergyWarnings,
  interactionWarnings,
  duplicateClassWarnings,
  doseLimitWarnings,
  paediatricDoseWarnings,
  pregnancyWarnings,
  paediatricWarnings,
  scheduleWarnings,
]

const SEVERITY_ORDER = { high: 0, moderate: 1, info: 2 } as const

/** Warnings with one id (the same drug on two lines, one pair seen twice) become one. */
function mergeById(warnings: readonly SafetyWarning[]): SafetyWarning[] {
  const byId = new Map<string, SafetyWarning>()
  for (const warning of warnings) {
    const seen = byId.get(warning.id)
    if (seen === undefined) {
      byId.set(warning.id, warning)
      continue
    }
    const lines = [...new Set([...seen.lines, ...warning.lines])].sort((a, b) => a - b)
    const stronger =
      SEVERITY_ORDER[warning.severity] < SEVERITY_ORDER[seen.severity] ? warning : seen
    byId.set(warning.id, { ...stronger, lines })
  }
  return [...byId.values()]
}

/**
 * The safety checks run before a prescription is issued (issue #13 §3): allergy, interaction,
 * duplicate class, dose limits (by weight for children), pregnancy, age, and the Schedule H1/X
 * and NDPS flags. Pure and deterministic: the same lines and patient give the same warnings in
 * the same order (severity, then kind, then first line, then id), and ids depend only on
 * content, so an override recorded against an id still applies when the checks run again.
 * `drugs` holds the lines' drugs by code (master and the clinic's own items).
 */
export function checkPrescription(
  lines: readonly LineForCheck[],
  patient: PatientForCheck,
  drugs: ReadonlyMap<string, Drug>,
): SafetyWarning[] {
  const context = checkContext(lines, patient, drugs)
  const warnings = mergeById(CHECKS.flatMap((check) => check(context)))
  return warnings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      WARNING_KINDS.indexOf(a.kind) - WARNING_KINDS.indexOf(b.kind) ||
      (a.lines[0] ?? 0) - (b.lines[0] ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
