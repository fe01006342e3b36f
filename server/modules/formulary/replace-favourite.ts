import type { Favourite, FormularyLine } from '../../../shared/contracts/formulary.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { favouriteColumns, ownField } from './favourite-columns.ts'
import { presentFavourite } from './present.ts'
import { FAVOURITE_COLUMNS } from './queries.ts'
import { validateLines } from './validate-lines.ts'

/** Replaces a favourite's line; 404 if it is not the prescriber's (policy own_favourites). */
export async function replaceFavourite(
  tx: Tx,
  id: string,
  line: FormularyLine,
): Promise<Favourite> {
  const drugs = await validateLines(tx, [line], ownField)
  const row = await tx
    .updateTable('prescription_favourites')
    .set(favouriteColumns(line))
    .where('id', '=', id)
    .returning(FAVOURITE_COLUMNS)
    .executeTakeFirst()
  if (!row) throw new AppError('not_found', 'formulary.favourite_not_found')
  return presentFavourite(row, drugs.get(line.drugCode)?.generic ?? line.drugCode)
}
