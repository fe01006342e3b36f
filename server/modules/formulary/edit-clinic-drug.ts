import type { EditClinicDrug } from '../../../shared/contracts/formulary.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { checkClinicDrug, clinicDrugColumns } from './check-clinic-drug.ts'
import { CLINIC_DRUG_COLUMNS, type ClinicDrugFullRow } from './queries.ts'

/**
 * Changes the fields sent, or archives / restores the item (`isArchived`). Prescriptions keep
 * their own copy of a line, so a change affects new lines only. 404 if not this clinic's.
 */
export async function editClinicDrug(
  tx: Tx,
  actor: Session,
  id: string,
  input: EditClinicDrug,
): Promise<ClinicDrugFullRow> {
  checkClinicDrug(input)
  const changes = {
    ...clinicDrugColumns(input),
    ...(input.isArchived !== undefined ? { is_archived: input.isArchived } : {}),
  }
  if (Object.keys(changes).length === 0) {
    throw fieldError('validation_failed', 'body', 'field.nothing_to_change')
  }
  const row = await mapDatabaseErrors(
    tx
      .updateTable('clinic_drugs')
      .set({ ...changes, updated_by: actor.userId })
      .where('id', '=', id)
      .returning(CLINIC_DRUG_COLUMNS)
      .executeTakeFirst(),
    { '23505': fieldError('conflict', 'generic', 'formulary.name_taken') },
  )
  if (!row) throw new AppError('not_found', 'formulary.clinic_drug_not_found')
  return row
}
