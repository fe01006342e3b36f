import type { Favourite, FormularyLine } from '../../../shared/contracts/formulary.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { favouriteColumns, ownField } from './favourite-columns.ts'
import { presentFavourite } from './present.ts'
import { FAVOURITE_COLUMNS } from './queries.ts'
import { validateLines } from './validate-lines.ts'

/** Adds a favourite of the signed-in prescriber; 400 naming drugCode or strengthLabel. */
export async function addFavourite(
  tx: Tx,
  actor: Session,
  line: FormularyLine,
): Promise<Favourite> {
  const drugs = await validateLines(tx, [line], ownField)
  const row = await tx
    .insertInto('prescription_favourites')
    .values({ clinic_id: actor.clinicId, user_id: actor.userId, ...favouriteColumns(line) })
    .returning(FAVOURITE_COLUMNS)
    .executeTakeFirstOrThrow()
  return presentFavourite(row, drugs.get(line.drugCode)?.generic ?? line.drugCode)
}
