import type {
  Drug,
  DrugSchedule,
  Presentation,
  Route,
} from '../../../shared/prescriptions/types.ts'

/** Codes of a clinic's own items: 'clinic:<uuid>' (shared/prescriptions/types.ts, Drug.code). */
export const CLINIC_CODE_PREFIX = 'clinic:'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const clinicDrugCode = (id: string): string => `${CLINIC_CODE_PREFIX}${id}`

/** The uuid inside a clinic item's code, or null for a master code (or a malformed one). */
export function clinicDrugId(code: string): string | null {
  if (!code.startsWith(CLINIC_CODE_PREFIX)) return null
  const id = code.slice(CLINIC_CODE_PREFIX.length)
  return UUID.test(id) ? id.toLowerCase() : null
}

/** The `source` of a clinic item: the clinic itself vouches for it, not a published source. */
export const CLINIC_SOURCE = 'clinic'

export interface ClinicDrugRow {
  id: string
  generic: string
  classes: unknown
  category: string
  schedule: string
  presentations: unknown
  routes: unknown
}

// PGlite hands jsonb back parsed; node-postgres too, but a string is tolerated for safety.
const parsed = <T>(value: unknown): T =>
  (typeof value === 'string' ? JSON.parse(value) : value) as T

/** A clinic's own item in the master's shape, so the checks treat both alike. */
export function clinicDrugAsDrug(row: ClinicDrugRow): Drug {
  return {
    code: clinicDrugCode(row.id),
    generic: row.generic,
    classes: parsed<string[]>(row.classes),
    category: row.category,
    schedule: row.schedule as DrugSchedule,
    presentations: parsed<Presentation[]>(row.presentations),
    routes: parsed<Route[]>(row.routes),
    source: CLINIC_SOURCE,
  }
}
