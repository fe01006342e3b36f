import type { NewPrescriptionSet, PrescriptionSet } from '../../../shared/contracts/formulary.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { presentSet } from './present.ts'
import { SET_COLUMNS } from './queries.ts'
import { duplicateSetName, genericNames, lineField } from './set-lines.ts'
import { validateLines } from './validate-lines.ts'

/** Adds a set; 400 naming lines.<n>.drugCode / strengthLabel, 409 naming name. */
export async function addSet(
  tx: Tx,
  actor: Session,
  input: NewPrescriptionSet,
): Promise<PrescriptionSet> {
  const drugs = await validateLines(tx, input.lines, lineField)
  const row = await mapDatabaseErrors(
    tx
      .insertInto('prescription_sets')
      .values({
        clinic_id: actor.clinicId,
        name: input.name,
        lines: JSON.stringify(input.lines),
        updated_by: actor.userId,
      })
      .returning(SET_COLUMNS)
      .executeTakeFirstOrThrow(),
    { '23505': duplicateSetName() },
  )
  return presentSet(row, genericNames(drugs))
}
