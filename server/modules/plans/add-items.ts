import type { NewPlanItems } from '../../../shared/contracts/plans.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { fieldError } from '../../http/errors.ts'
import { procedureForPlanning } from '../catalogue/index.ts'
import { itemSites } from './item-rules.ts'
import { putPlannedFinding } from './plan-findings.ts'
import { requireProposedPlan } from './plan-guards.ts'

/**
 * Adds a catalogue procedure to a proposed plan: one item per tooth (so completing it on some
 * teeth leaves the rest planned), or one on a quadrant, an arch or the whole mouth. Code, name,
 * price, SAC and GST are copied from the catalogue now, so a later catalogue change never
 * alters the plan (issue #11 item 1). Each item with a chart kind puts a planned finding on
 * its tooth. Returns the new items' ids.
 */
export async function addPlanItems(
  tx: Tx,
  actor: Session,
  patientId: string,
  planId: string,
  input: NewPlanItems,
): Promise<string[]> {
  await requireProposedPlan(tx, patientId, planId)
  const procedure = await procedureForPlanning(tx, input.procedureId)
  if (!procedure) throw fieldError('bad_request', 'procedureId', 'plans.procedure_unknown')
  if (procedure.is_archived) {
    throw fieldError('bad_request', 'procedureId', 'plans.procedure_archived')
  }
  const planned = itemSites(procedure, input)
  if ('refusal' in planned) {
    const { field, reason, params } = planned.refusal
    throw fieldError('bad_request', field, reason as never, params as never)
  }
  const unitPricePaise = input.unitPricePaise ?? procedure.price_paise
  const discountPaise = input.discountPaise ?? 0
  // The discount is per item; it may not exceed what the item costs (DB CHECK
  // treatment_plan_items_discount says the same).
  if (planned.sites.some((site) => discountPaise > unitPricePaise * site.quantity)) {
    throw fieldError('bad_request', 'discountPaise', 'plans.discount_above_price')
  }
  const last = await tx
    .selectFrom('treatment_plan_items')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('plan_id', '=', planId)
    .executeTakeFirst()
  let position = Math.min(999, (last?.position ?? -1) + 1)
  const ids: string[] = []
  for (const site of planned.sites) {
    const findingId = await putPlannedFinding(tx, actor, {
      patientId,
      tooth: site.tooth,
      surfaces: site.surfaces,
      chartKind: procedure.chart_kind,
      chartMaterial: procedure.chart_material,
    })
    const { id } = await tx
      .insertInto('treatment_plan_items')
      .values({
        clinic_id: actor.clinicId,
        plan_id: planId,
        patient_id: patientId,
        procedure_id: procedure.id,
        code: procedure.code,
        name: procedure.name,
        pricing_model: procedure.pricing_model,
        tooth: site.tooth,
        surfaces: site.surfaces,
        quadrant: site.quadrant,
        arch: site.arch,
        quantity: site.quantity,
        unit_price_paise: unitPricePaise,
        discount_paise: discountPaise,
        sac_code: procedure.sac_code,
        taxable: procedure.taxable,
        gst_rate_bp: procedure.gst_rate_bp,
        phase: input.phase ?? 'phase_1',
        position,
        planned_sittings: input.plannedSittings ?? procedure.default_sittings,
        finding_id: findingId,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    ids.push(id)
    position = Math.min(999, position + 1)
  }
  return ids
}
