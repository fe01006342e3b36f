import {
  ClinicDrugListSchema,
  FormularyDrugSchema,
} from '../../../../shared/contracts/formulary.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'

/**
 * The formulary routes (server/modules/formulary): favourites and sets are read with the
 * pad's hooks (prescriptions/prescription-api.ts), so one cache serves both screens.
 */
export const FAVOURITES = '/formulary/favourites'
export const SETS = '/formulary/sets'
export const CLINIC_DRUGS = '/formulary/clinic-drugs'
/** The type-ahead answers carry the prescriber's favourites: stale after any change here. */
const SEARCH = '/formulary/drugs'

export const drugPath = (code: string) => `${SEARCH}/${encodeURIComponent(code)}`

/** One drug's forms, strengths and routes, for the line fields; cached like the pad's. */
export function useDrug(code: string | null) {
  return useApiQuery(code === null ? null : drugPath(code), {
    schema: FormularyDrugSchema,
    staleTime: 60_000,
  })
}

/** Live and archived items: an archived one is listed apart, to be restored. */
export function useClinicDrugs() {
  return useApiQuery(`${CLINIC_DRUGS}?includeArchived=true`, { schema: ClinicDrugListSchema })
}

/** Marks the formulary's lists and the type-ahead out of date after a change. */
export function useFormularyRefresh() {
  const cache = useApiCache()
  return (path: string) => Promise.all([cache.invalidate(path), cache.invalidate(SEARCH)])
}
