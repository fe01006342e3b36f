import type { DrugSearchHit, Favourite } from '../../../shared/contracts/formulary.ts'
import { searchMasterDrugs } from '../../../shared/prescriptions/index.ts'
import type { Drug } from '../../../shared/prescriptions/types.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { clinicDrugAsDrug } from './clinic-drug-shape.ts'
import { listFavourites } from './list-favourites.ts'
import { lookupDrugs } from './lookup-drugs.ts'
import { presentDrug } from './present.ts'
import { clinicDrugsByName } from './queries.ts'

export const DEFAULT_LIMIT = 15

const normalise = (value: string) => value.trim().toLowerCase()

/**
 * The pad's type-ahead (issue #13 §7): the prescriber's favourites whose drug matches first
 * (one keystroke gives the whole line), then the clinic's live items that start with the text,
 * then the master's matches (its own ranking), then clinic items matching elsewhere.
 * An empty query lists the favourites, then the clinic's items.
 */
export async function searchDrugs(tx: Tx, query: string, limit: number): Promise<DrugSearchHit[]> {
  const q = normalise(query)
  const matches = (drug: Drug) => q === '' || normalise(drug.generic).includes(q)
  const favourites = await listFavourites(tx)
  const favouriteDrugs = await lookupDrugs(
    tx,
    favourites.map((favourite) => favourite.drugCode),
  )
  const hits: DrugSearchHit[] = []
  const seen = new Set<string>()
  const add = (drug: Drug, favourite: Favourite | null) => {
    if (hits.length >= limit) return
    if (!favourite && seen.has(drug.code)) return
    seen.add(drug.code)
    hits.push({ drug: presentDrug(drug), favourite })
  }
  for (const favourite of favourites) {
    const drug = favouriteDrugs.get(favourite.drugCode)
    if (drug && matches(drug)) add(drug, favourite)
  }
  const clinicItems = (await clinicDrugsByName(tx, { includeArchived: false }))
    .map(clinicDrugAsDrug)
    .filter(matches)
  const startsWith = (drug: Drug) => normalise(drug.generic).startsWith(q)
  for (const drug of clinicItems.filter(startsWith)) add(drug, null)
  if (q !== '') for (const drug of searchMasterDrugs(q, limit)) add(drug, null)
  for (const drug of clinicItems) add(drug, null)
  return hits
}
