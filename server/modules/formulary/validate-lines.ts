import type { FormularyLine } from '../../../shared/contracts/formulary.ts'
import type { Drug } from '../../../shared/prescriptions/types.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { type FieldIssue, issue, validationError } from '../../http/errors.ts'
import { clinicDrugId } from './clinic-drug-shape.ts'
import { lookupDrugs } from './lookup-drugs.ts'
import { clinicDrugsByIds } from './queries.ts'

/**
 * A favourite's or a set's lines must name a drug the pad can prescribe without the "custom"
 * flag (issue #13, "Bad input": a drug not in the master needs the flag), i.e. the master's or a
 * live clinic item, and a strength that drug comes in. 400 naming `<prefix>drugCode` or
 * `<prefix>strengthLabel`; returns the drugs by code for the caller's presenter.
 */
export async function validateLines(
  tx: Tx,
  lines: readonly FormularyLine[],
  fieldOf: (index: number, field: keyof FormularyLine) => string,
): Promise<Map<string, Drug>> {
  const codes = lines.map((line) => line.drugCode)
  const drugs = await lookupDrugs(tx, codes)
  const archived = await archivedClinicCodes(tx, codes)
  const issues: FieldIssue[] = []
  lines.forEach((line, index) => {
    const drug = drugs.get(line.drugCode)
    if (!drug || archived.has(clinicDrugId(line.drugCode) ?? '')) {
      issues.push(issue(fieldOf(index, 'drugCode'), 'formulary.unknown_drug'))
      return
    }
    const labels = drug.presentations.flatMap((p) => p.strengths.map((s) => s.label))
    if (line.strengthLabel !== null && !labels.includes(line.strengthLabel)) {
      issues.push(issue(fieldOf(index, 'strengthLabel'), 'formulary.unknown_strength'))
    }
  })
  if (issues.length > 0) throw validationError(issues)
  return drugs
}

/** Ids of the archived clinic items among the codes: kept for old lines, not offered anew. */
async function archivedClinicCodes(tx: Tx, codes: readonly string[]): Promise<Set<string>> {
  const ids = codes.map(clinicDrugId).filter((id): id is string => id !== null)
  if (ids.length === 0) return new Set()
  const rows = await clinicDrugsByIds(tx, ids)
  return new Set(rows.filter((row) => row.is_archived).map((row) => row.id))
}

/** Generic names by code, for presenting lines (an unknown code keeps its code). */
export async function namesOf(tx: Tx, codes: readonly string[]): Promise<Map<string, string>> {
  const drugs = await lookupDrugs(tx, codes)
  return new Map([...drugs].map(([code, drug]) => [code, drug.generic]))
}
