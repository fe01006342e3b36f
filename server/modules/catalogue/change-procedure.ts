import {
  type ProcedurePatch,
  type ProcedureRuleFields,
  procedureRefusals,
} from '../../../shared/contracts/catalogue.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { codeTaken } from './add-procedure.ts'
import { type ProcedureRow, procedureById } from './queries.ts'

const notFound = () => new AppError('not_found', 'catalogue.not_found')

/**
 * Changes a catalogue item, or archives it (or brings it back) with isArchived. The rules
 * across fields are checked on the item as it would become, so the answer names the field
 * rather than the database's CHECK. Plans copied what they needed when they were made
 * (ADR 0018), so a new price applies only to items planned from now on.
 */
export async function changeProcedure(
  tx: Tx,
  session: Session,
  id: string,
  patch: ProcedurePatch,
): Promise<ProcedureRow> {
  const current = await procedureById(tx, id)
  if (!current) throw notFound()
  const after: ProcedureRuleFields = {
    pricingModel: patch.pricingModel ?? current.pricing_model,
    taxable: patch.taxable ?? current.taxable,
    gstRateBp: patch.gstRateBp ?? current.gst_rate_bp,
    dentition: patch.dentition ?? current.dentition,
    region: patch.region ?? current.region,
    surfacesRequired: patch.surfacesRequired ?? current.surfaces_required,
    chartKind: patch.chartKind === undefined ? current.chart_kind : patch.chartKind,
    chartMaterial: patch.chartMaterial === undefined ? current.chart_material : patch.chartMaterial,
  }
  const [refusal] = procedureRefusals(after)
  if (refusal) throw fieldError('bad_request', refusal.field, refusal.reason)
  const changed = await mapDatabaseErrors(
    tx
      .updateTable('procedures')
      .set({
        ...(patch.code === undefined ? {} : { code: patch.code }),
        ...(patch.name === undefined ? {} : { name: patch.name }),
        ...(patch.category === undefined ? {} : { category: patch.category }),
        ...(patch.pricingModel === undefined ? {} : { pricing_model: patch.pricingModel }),
        ...(patch.pricePaise === undefined ? {} : { price_paise: patch.pricePaise }),
        ...(patch.sacCode === undefined ? {} : { sac_code: patch.sacCode }),
        ...(patch.taxable === undefined ? {} : { taxable: patch.taxable }),
        ...(patch.gstRateBp === undefined ? {} : { gst_rate_bp: patch.gstRateBp }),
        ...(patch.dentition === undefined ? {} : { dentition: patch.dentition }),
        ...(patch.region === undefined ? {} : { region: patch.region }),
        ...(patch.surfacesRequired === undefined
          ? {}
          : { surfaces_required: patch.surfacesRequired }),
        ...(patch.defaultSittings === undefined ? {} : { default_sittings: patch.defaultSittings }),
        ...(patch.chartKind === undefined ? {} : { chart_kind: patch.chartKind }),
        ...(patch.chartMaterial === undefined ? {} : { chart_material: patch.chartMaterial }),
        ...(patch.isArchived === undefined ? {} : { is_archived: patch.isArchived }),
        updated_by: session.userId,
      })
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst(),
    // Renaming to, or bringing back, a code a live item has.
    { '23505': codeTaken() },
  )
  if (!changed) throw notFound()
  return (await procedureById(tx, id)) as ProcedureRow
}
