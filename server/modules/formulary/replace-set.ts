import type { NewPrescriptionSet, PrescriptionSet } from '../../../shared/contracts/formulary.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError } from '../../http/errors.ts'
import { presentSet } from './present.ts'
import { SET_COLUMNS } from './queries.ts'
import { duplicateSetName, genericNames, lineField } from './set-lines.ts'
import { validateLines } from './validate-lines.ts'

/** Replaces a set's name and lines; 404 if not this clinic's, 409 naming name on a clash. */
export async function replaceSet(
  tx: Tx,
  actor: Session,
  id: string,
  input: NewPrescriptionSet,
): Promise<PrescriptionSet> {
  const drugs = await validateLines(tx, input.lines, lineField)
  const row = await mapDatabaseErrors(
    tx
      .updateTable('prescription_sets')
      .set({ name: input.name, lines: JSON.stringify(input.lines), updated_by: actor.userId })
      .where('id', '=', id)
      .returning(SET_COLUMNS)
      .executeTakeFirst(),
    { '23505': duplicateSetName() },
  )
  if (!row) throw new AppError('not_found', 'formulary.set_not_found')
  return presentSet(row, genericNames(drugs))
}
