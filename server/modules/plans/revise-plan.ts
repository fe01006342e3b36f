import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { procedureForPlanning } from '../catalogue/index.ts'
import { putPlannedFinding } from './plan-findings.ts'
import { requirePlan } from './plan-guards.ts'
import { itemsOfPlans } from './queries.ts'

/**
 * A change to an accepted plan is a new version (ADR 0018): a proposed plan, version + 1,
 * revision_of the accepted one, in the same alternatives group, holding copies of the items not
 * yet started (each with its own planned finding). The accepted version stays as signed;
 * accepting the revision cancels what the old one had not started (the accept use case).
 * Returns the new plan's id.
 */
export async function revisePlan(
  tx: Tx,
  actor: Session,
  patientId: string,
  planId: string,
): Promise<string> {
  const plan = await requirePlan(tx, patientId, planId)
  if (plan.status !== 'accepted') throw new AppError('conflict', 'plans.revise_not_accepted')
  // One line of versions: a plan already revised (the new version proposed or accepted) is
  // changed through its newest version, so two "version 2"s never compete for a signature.
  const newer = await tx
    .selectFrom('treatment_plans')
    .select('id')
    .where('patient_id', '=', patientId)
    .where('revision_of', '=', plan.id)
    .where('status', 'in', ['proposed', 'accepted'])
    .executeTakeFirst()
  if (newer) throw new AppError('conflict', 'plans.revision_exists')
  const { id } = await tx
    .insertInto('treatment_plans')
    .values({
      clinic_id: actor.clinicId,
      patient_id: patientId,
      title: plan.title,
      doctor_id: plan.doctor_id,
      note: plan.note,
      alternative_group: plan.alternative_group,
      revision_of: plan.id,
      version: Math.min(999, plan.version + 1),
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const unstarted = (await itemsOfPlans(tx, [plan.id])).filter((item) => item.status === 'accepted')
  // The chart kind is the catalogue item's (plan items do not copy it); it decides only what
  // the chart shows, never the price.
  const kinds = new Map<string, Awaited<ReturnType<typeof procedureForPlanning>>>()
  for (const procedureId of new Set(unstarted.map((item) => item.procedure_id))) {
    kinds.set(procedureId, await procedureForPlanning(tx, procedureId))
  }
  for (const item of unstarted) {
    const kind = kinds.get(item.procedure_id)
    const findingId = await putPlannedFinding(tx, actor, {
      patientId,
      tooth: item.tooth,
      surfaces: item.surfaces,
      chartKind: kind?.chart_kind ?? null,
      chartMaterial: kind?.chart_material ?? null,
    })
    await tx
      .insertInto('treatment_plan_items')
      .values({
        clinic_id: actor.clinicId,
        plan_id: id,
        patient_id: patientId,
        procedure_id: item.procedure_id,
        code: item.code,
        name: item.name,
        pricing_model: item.pricing_model,
        tooth: item.tooth,
        surfaces: item.surfaces,
        quadrant: item.quadrant,
        arch: item.arch,
        quantity: item.quantity,
        unit_price_paise: item.unit_price_paise,
        discount_paise: item.discount_paise,
        sac_code: item.sac_code,
        taxable: item.taxable,
        gst_rate_bp: item.gst_rate_bp,
        phase: item.phase,
        position: item.position,
        planned_sittings: item.planned_sittings,
        finding_id: findingId,
        created_by: actor.userId,
      })
      .execute()
  }
  return id
}
