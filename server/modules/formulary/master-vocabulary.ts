import { isDrugClassKey } from '../../../shared/prescriptions/classes.ts'
import { DRUGS } from '../../../shared/prescriptions/index.ts'

/**
 * What a clinic item may borrow from the master. Its classes must be the master's
 * (shared/prescriptions/classes.ts), so the allergy and duplicate-class checks recognise it
 * (issue #13 §1); its generic must not repeat a master drug's, or the checks and the
 * type-ahead would see two.
 */
export const isMasterClass = (code: string): boolean => isDrugClassKey(code)

export const MASTER_GENERICS: ReadonlySet<string> = new Set(
  DRUGS.map((drug) => drug.generic.trim().toLowerCase()),
)
