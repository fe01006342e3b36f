import type {
  Favourite,
  FormularyDrug,
  FormularyLine,
  PrescriptionSet,
} from '../../../shared/contracts/formulary.ts'
import type { Drug } from '../../../shared/prescriptions/types.ts'
import { CLINIC_CODE_PREFIX } from './clinic-drug-shape.ts'
import type { FavouriteRow, SetRow } from './queries.ts'

/** Every field a drug response carries: the master's shape plus where it comes from. */
export function presentDrug(drug: Drug, isArchived = false): FormularyDrug {
  return {
    code: drug.code,
    generic: drug.generic,
    classes: [...drug.classes],
    category: drug.category,
    schedule: drug.schedule,
    presentations: drug.presentations.map((presentation) => ({
      form: presentation.form,
      strengths: presentation.strengths.map((strength) => ({ ...strength })),
    })),
    routes: [...drug.routes],
    ...(drug.pregnancy ? { pregnancy: { ...drug.pregnancy } } : {}),
    ...(drug.paediatric ? { paediatric: { ...drug.paediatric } } : {}),
    source: drug.source,
    isClinicItem: drug.code.startsWith(CLINIC_CODE_PREFIX),
    isArchived,
  }
}

/** Every field a favourite carries; `drugName` is the generic of its code (the code if unknown). */
export function presentFavourite(row: FavouriteRow, drugName: string): Favourite {
  return {
    id: row.id,
    drugCode: row.drug_code,
    drugName,
    strengthLabel: row.strength_label,
    doseAmount: Number(row.dose_amount),
    doseUnit: row.dose_unit as Favourite['doseUnit'],
    route: row.route as Favourite['route'],
    frequency: row.frequency as Favourite['frequency'],
    foodTiming: row.food_timing as Favourite['foodTiming'],
    durationDays: row.duration_days,
    instructionsEn: row.instructions_en,
    instructionsHi: row.instructions_hi,
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

export const setLinesOf = (row: SetRow): FormularyLine[] =>
  (typeof row.lines === 'string' ? JSON.parse(row.lines) : row.lines) as FormularyLine[]

/** Every field a set carries; each line with the generic of its code. */
export function presentSet(row: SetRow, names: ReadonlyMap<string, string>): PrescriptionSet {
  return {
    id: row.id,
    name: row.name,
    lines: setLinesOf(row).map((line) => ({
      ...line,
      drugName: names.get(line.drugCode) ?? line.drugCode,
    })),
    isCustom: row.created_by !== null,
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}
