import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'

/**
 * Queries of the treatment plan module, tx first. Rows come through row-level security (the
 * care-team rule of ADR 0011): the route checks access to the patient first, so an empty
 * answer means "no such plan", never "not yours".
 */

/**
 * A clinician's name. Assistants do not read colleagues' user rows (the users policy goes
 * through memberships, which only staff.read sees), but they may read the names of the doctors
 * the clinic books (clinic_bookable_doctors), which is who plans, treats and witnesses.
 */
const clinicianName = (idColumn: string, usersAlias: string) =>
  sql<string | null>`COALESCE(${sql.ref(`${usersAlias}.full_name`)},
    (SELECT b.full_name FROM clinic_bookable_doctors() b WHERE b.user_id = ${sql.ref(idColumn)}))`

const selectPlans = (tx: Tx) =>
  tx
    .selectFrom('treatment_plans as p')
    .leftJoin('users as d', 'd.id', 'p.doctor_id')
    .select([
      'p.id',
      'p.patient_id',
      'p.title',
      'p.doctor_id',
      clinicianName('p.doctor_id', 'd').as('doctor_name'),
      'p.alternative_group',
      'p.revision_of',
      'p.version',
      'p.status',
      'p.note',
      'p.created_by',
      'p.created_at',
      'p.updated_at',
      'p.status_changed_at',
    ])

export type PlanRow = Awaited<ReturnType<typeof plansOfPatient>>[number]

/** One plan of the patient, or undefined. */
export async function planById(tx: Tx, patientId: string, planId: string) {
  return selectPlans(tx)
    .where('p.patient_id', '=', patientId)
    .where('p.id', '=', planId)
    .executeTakeFirst()
}

/** The patient's plans, newest first. */
export async function plansOfPatient(tx: Tx, patientId: string) {
  return selectPlans(tx)
    .where('p.patient_id', '=', patientId)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .limit(200)
    .execute()
}

/** The plans of one alternatives group (the patient's), oldest first. */
export async function plansOfGroup(tx: Tx, patientId: string, group: string) {
  return selectPlans(tx)
    .where('p.patient_id', '=', patientId)
    .where('p.alternative_group', '=', group)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute()
}

const selectItems = (tx: Tx) =>
  tx
    .selectFrom('treatment_plan_items as i')
    .select([
      'i.id',
      'i.plan_id',
      'i.patient_id',
      'i.procedure_id',
      'i.code',
      'i.name',
      'i.pricing_model',
      'i.tooth',
      'i.surfaces',
      'i.quadrant',
      'i.arch',
      'i.quantity',
      'i.unit_price_paise',
      'i.discount_paise',
      'i.sac_code',
      'i.taxable',
      'i.gst_rate_bp',
      'i.phase',
      'i.position',
      'i.planned_sittings',
      'i.status',
      'i.finding_id',
      'i.completed_at',
      'i.completed_by',
      'i.created_at',
    ])

export type ItemRow = Awaited<ReturnType<typeof itemsOfPlans>>[number]

/** The items of these plans, by plan, phase (in PHASES order), position, then when added. */
export async function itemsOfPlans(tx: Tx, planIds: readonly string[]) {
  if (planIds.length === 0) return []
  return selectItems(tx)
    .where('i.plan_id', 'in', [...planIds])
    .orderBy('i.plan_id')
    .orderBy((eb) =>
      eb
        .case('i.phase')
        .when('urgent')
        .then(0)
        .when('phase_1')
        .then(1)
        .when('phase_2')
        .then(2)
        .when('phase_3')
        .then(3)
        .else(4)
        .end(),
    )
    .orderBy('i.position')
    .orderBy('i.created_at')
    .orderBy('i.tooth')
    .orderBy('i.id')
    .execute()
}

/** One item of the patient's plan, or undefined. */
export async function itemById(tx: Tx, patientId: string, planId: string, itemId: string) {
  return selectItems(tx)
    .where('i.patient_id', '=', patientId)
    .where('i.plan_id', '=', planId)
    .where('i.id', '=', itemId)
    .executeTakeFirst()
}

export type SittingRow = Awaited<ReturnType<typeof sittingsOfItems>>[number]

/** The sittings of these items, in order. */
export async function sittingsOfItems(tx: Tx, itemIds: readonly string[]) {
  if (itemIds.length === 0) return []
  return tx
    .selectFrom('treatment_sittings as s')
    .leftJoin('users as d', 'd.id', 's.doctor_id')
    .select([
      's.id',
      's.item_id',
      's.patient_id',
      's.sitting_number',
      's.performed_on',
      's.doctor_id',
      clinicianName('s.doctor_id', 'd').as('doctor_name'),
      's.work_done',
      's.progress_note',
      's.recorded_by',
      's.recorded_at',
    ])
    .where('s.item_id', 'in', [...itemIds])
    .orderBy('s.item_id')
    .orderBy('s.sitting_number')
    .execute()
}

export type AcceptanceRow = Awaited<ReturnType<typeof acceptancesOfPlans>>[number]

/** The signed acceptances of these plans (one per plan at most). */
export async function acceptancesOfPlans(tx: Tx, planIds: readonly string[]) {
  if (planIds.length === 0) return []
  return tx
    .selectFrom('treatment_acceptances as a')
    .leftJoin('users as w', 'w.id', 'a.witnessed_by')
    .select([
      'a.id',
      'a.plan_id',
      'a.patient_id',
      'a.plan_version',
      'a.signed_by',
      'a.signer_name_cipher',
      'a.estimate',
      'a.subtotal_paise',
      'a.discount_paise',
      'a.gst_paise',
      'a.total_paise',
      'a.estimate_sha256',
      'a.estimate_document_id',
      'a.signed_document_id',
      'a.witnessed_by',
      clinicianName('a.witnessed_by', 'w').as('witness_name'),
      'a.accepted_at',
    ])
    .where('a.plan_id', 'in', [...planIds])
    .execute()
}

/** A plan with its items, their sittings and its acceptance: what presentPlan needs. */
export interface LoadedPlan {
  plan: PlanRow
  items: ItemRow[]
  sittings: SittingRow[]
  acceptance: AcceptanceRow | undefined
}

async function loadAll(tx: Tx, plans: PlanRow[]): Promise<LoadedPlan[]> {
  const planIds = plans.map((plan) => plan.id)
  const items = await itemsOfPlans(tx, planIds)
  // One after another: a transaction is one connection.
  const sittings = await sittingsOfItems(
    tx,
    items.map((item) => item.id),
  )
  const acceptances = await acceptancesOfPlans(tx, planIds)
  return plans.map((plan) => {
    const own = items.filter((item) => item.plan_id === plan.id)
    const ownIds = new Set(own.map((item) => item.id))
    return {
      plan,
      items: own,
      sittings: sittings.filter((sitting) => ownIds.has(sitting.item_id)),
      acceptance: acceptances.find((row) => row.plan_id === plan.id),
    }
  })
}

/** One plan of the patient with everything presentPlan needs, or undefined. */
export async function loadPlan(
  tx: Tx,
  patientId: string,
  planId: string,
): Promise<LoadedPlan | undefined> {
  const plan = await planById(tx, patientId, planId)
  if (!plan) return undefined
  const [loaded] = await loadAll(tx, [plan])
  return loaded
}

/** Every plan of the patient, loaded, newest first. */
export async function loadPlansOfPatient(tx: Tx, patientId: string): Promise<LoadedPlan[]> {
  return loadAll(tx, await plansOfPatient(tx, patientId))
}

/** A live catalogue item as planning needs it (the catalogue module's export replaces this). */
export async function procedureById(tx: Tx, procedureId: string) {
  return tx
    .selectFrom('procedures')
    .select([
      'id',
      'code',
      'name',
      'pricing_model',
      'price_paise',
      'sac_code',
      'taxable',
      'gst_rate_bp',
      'dentition',
      'region',
      'surfaces_required',
      'default_sittings',
      'chart_kind',
      'chart_material',
      'is_archived',
    ])
    .where('id', '=', procedureId)
    .executeTakeFirst()
}
export type ProcedureForPlanning = NonNullable<Awaited<ReturnType<typeof procedureById>>>
