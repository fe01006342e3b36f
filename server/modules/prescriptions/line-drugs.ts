import type { PrescriptionLineInput } from '../../../shared/contracts/prescriptions.ts'
import { hardLimitProblem } from '../../../shared/prescriptions/index.ts'
import type { Drug, LineForCheck } from '../../../shared/prescriptions/types.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { type FieldIssue, issue, validationError } from '../../http/errors.ts'
import { lookupDrugs } from '../formulary/index.ts'

/** A line as the checks read it (shared/prescriptions/types.ts). */
export function lineForCheck(line: {
  drugCode: string | null
  genericName: string
  strength: LineForCheck['strength']
  doseAmount: number
  doseUnit: LineForCheck['doseUnit']
  frequency: LineForCheck['frequency']
  durationDays: number
  route: LineForCheck['route']
}): LineForCheck {
  return {
    drugCode: line.drugCode,
    name: line.genericName,
    strength: line.strength,
    doseAmount: line.doseAmount,
    doseUnit: line.doseUnit,
    frequency: line.frequency,
    durationDays: line.durationDays,
    route: line.route,
  }
}

/**
 * The drugs the lines name, refusing what cannot be prescribed as typed (issue #13, "Bad
 * input"): a code that is neither the master's nor the clinic's (a line for another drug must
 * say isCustom) → 400 naming lines.N.drugCode; a dose above the drug's hard limit (an extra
 * zero) → 400 naming lines.N.doseAmount. Nothing is written before this runs.
 */
export async function resolveLineDrugs(
  tx: Tx,
  lines: readonly PrescriptionLineInput[],
): Promise<Map<string, Drug>> {
  const codes = lines.flatMap((line) => (line.drugCode === null ? [] : [line.drugCode]))
  const drugs = await lookupDrugs(tx, codes)
  const issues: FieldIssue[] = []
  lines.forEach((line, index) => {
    if (line.drugCode === null) return
    const drug = drugs.get(line.drugCode)
    if (!drug) {
      issues.push(issue(`lines.${index}.drugCode`, 'prescription.unknown_drug'))
      return
    }
    if (hardLimitProblem(lineForCheck(line), drug)) {
      issues.push(issue(`lines.${index}.doseAmount`, 'prescription.dose_above_hard_limit'))
    }
  })
  if (issues.length > 0) throw validationError(issues)
  return drugs
}
