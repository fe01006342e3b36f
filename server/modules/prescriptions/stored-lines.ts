import type { PrescriptionLine } from '../../../shared/contracts/prescriptions.ts'
import type { DrugSchedule, LineForCheck, Strength } from '../../../shared/prescriptions/types.ts'
import { lineForCheck } from './line-drugs.ts'
import type { LineRow } from './queries.ts'

/** A stored line in the API's shape (numeric columns arrive as strings). */
export function presentLine(row: LineRow): PrescriptionLine {
  return {
    position: row.position,
    drugCode: row.drug_code,
    isCustom: row.is_custom,
    genericName: row.generic_name,
    strength: strengthOf(row),
    form: row.form as PrescriptionLine['form'],
    doseAmount: Number(row.dose_amount),
    doseUnit: row.dose_unit as PrescriptionLine['doseUnit'],
    route: row.route as PrescriptionLine['route'],
    frequency: row.frequency as PrescriptionLine['frequency'],
    foodTiming: row.food_timing as PrescriptionLine['foodTiming'],
    durationDays: row.duration_days,
    quantity: row.quantity,
    instructions: row.instructions,
    schedule: row.schedule as DrugSchedule | null,
  }
}

function strengthOf(row: LineRow): Strength | null {
  if (row.strength_label === null) return null
  return {
    label: row.strength_label,
    ...(row.strength_mg === null ? {} : { mg: Number(row.strength_mg) }),
    ...(row.strength_per_ml === null ? {} : { perMl: Number(row.strength_per_ml) }),
  }
}

/** Stored lines as the checks read them. */
export function storedLinesForCheck(rows: readonly LineRow[]): LineForCheck[] {
  return rows.map((row) => lineForCheck(presentLine(row)))
}
