import type { Favourite } from '../../../shared/contracts/formulary.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { presentFavourite } from './present.ts'
import { myFavourites } from './queries.ts'
import { namesOf } from './validate-lines.ts'

/**
 * The signed-in prescriber's favourites, each with its drug's generic name. A favourite is its
 * prescriber's own: the policy own_favourites hides every other prescriber's, so another's id
 * answers 404 wherever it is named.
 */
export async function listFavourites(tx: Tx): Promise<Favourite[]> {
  const rows = await myFavourites(tx)
  const names = await namesOf(
    tx,
    rows.map((row) => row.drug_code),
  )
  return rows.map((row) => presentFavourite(row, names.get(row.drug_code) ?? row.drug_code))
}
