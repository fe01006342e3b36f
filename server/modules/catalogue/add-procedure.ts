import type { NewProcedure } from '../../../shared/contracts/catalogue.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { type ProcedureRow, procedureById } from './queries.ts'

/** A live item already has this code (the partial unique index procedures_code). */
export const codeTaken = () => fieldError('conflict', 'code', 'catalogue.code_taken')

/**
 * Adds an item to the clinic's catalogue. The schema checked the rules across fields; the
 * database checks them again (CHECKs) and the capability (policy catalogue_insert).
 */
export async function addProcedure(
  tx: Tx,
  session: Session,
  input: NewProcedure,
): Promise<ProcedureRow> {
  const { id } = await mapDatabaseErrors(
    tx
      .insertInto('procedures')
      .values({
        clinic_id: session.clinicId,
        code: input.code,
        name: input.name,
        category: input.category,
        pricing_model: input.pricingModel,
        price_paise: input.pricePaise,
        sac_code: input.sacCode,
        taxable: input.taxable,
        gst_rate_bp: input.gstRateBp,
        dentition: input.dentition,
        region: input.region,
        surfaces_required: input.surfacesRequired,
        default_sittings: input.defaultSittings,
        chart_kind: input.chartKind,
        chart_material: input.chartMaterial,
        updated_by: session.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
    { '23505': codeTaken() },
  )
  return (await procedureById(tx, id)) as ProcedureRow
}
