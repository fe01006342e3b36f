import type { NewClinicDrug } from '../../../shared/contracts/formulary.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { checkClinicDrug, clinicDrugColumns } from './check-clinic-drug.ts'
import { CLINIC_DRUG_COLUMNS, type ClinicDrugFullRow } from './queries.ts'

/** Adds a clinic item; 409 naming `generic` when a live item has the name (index clinic_drugs_generic). */
export function addClinicDrug(
  tx: Tx,
  actor: Session,
  input: NewClinicDrug,
): Promise<ClinicDrugFullRow> {
  checkClinicDrug(input)
  const columns = clinicDrugColumns(input)
  return mapDatabaseErrors(
    tx
      .insertInto('clinic_drugs')
      .values({
        clinic_id: actor.clinicId,
        generic: input.generic,
        classes: JSON.stringify(input.classes),
        category: input.category,
        schedule: input.schedule,
        presentations: JSON.stringify(input.presentations),
        routes: columns.routes ?? JSON.stringify(input.routes),
        updated_by: actor.userId,
      })
      .returning(CLINIC_DRUG_COLUMNS)
      .executeTakeFirstOrThrow(),
    { '23505': fieldError('conflict', 'generic', 'formulary.name_taken') },
  )
}
