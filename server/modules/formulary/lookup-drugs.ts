import { findMasterDrug } from '../../../shared/prescriptions/index.ts'
import type { Drug } from '../../../shared/prescriptions/types.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { clinicDrugAsDrug, clinicDrugId } from './clinic-drug-shape.ts'
import { clinicDrugsByIds } from './queries.ts'

/**
 * The drugs behind a prescription's codes: the shipped master's by slug, the clinic's own
 * items ('clinic:<uuid>', archived ones too, since an older line may name one) from its table.
 * An unknown code is simply absent from the map; the caller names the field it came from.
 */
export async function lookupDrugs(tx: Tx, codes: readonly string[]): Promise<Map<string, Drug>> {
  const found = new Map<string, Drug>()
  const clinicIds = new Map<string, string>()
  for (const code of new Set(codes)) {
    const id = clinicDrugId(code)
    if (id) {
      clinicIds.set(id, code)
      continue
    }
    const master = findMasterDrug(code)
    if (master) found.set(code, master)
  }
  if (clinicIds.size > 0) {
    for (const row of await clinicDrugsByIds(tx, [...clinicIds.keys()])) {
      const drug = clinicDrugAsDrug(row)
      found.set(clinicIds.get(row.id) ?? drug.code, drug)
    }
  }
  return found
}
