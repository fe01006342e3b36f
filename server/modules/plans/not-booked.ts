import { sql } from 'kysely'
import type { NotBookedList } from '../../../shared/contracts/plans.ts'
import { lineAmounts } from '../../../shared/plans/estimate.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { type DeferralRow, presentDeferral } from './record-deferral.ts'

interface OpenItemRow {
  plan_id: string
  patient_id: string
  patient_name: string
  plan_title: string
  doctor_id: string
  doctor_name: string
  accepted_at: Date
  age_days: number
  quantity: number
  unit_price_paise: number
  discount_paise: number
  taxable: boolean
  gst_rate_bp: number
}

/**
 * Accepted but not booked (issue #11 item 5; PRODUCT.md §8): accepted plans with items still to
 * do (accepted or in progress) whose patient has no appointment to come with any doctor. Value is
 * what is left, after discounts and with GST (shared/plans/estimate.ts); age in whole days since
 * acceptance, in the clinic's zone; each plan's latest deferral. Largest value first. The rows are
 * the ones the caller may read (RLS: care teams for doctors and assistants).
 */
export async function notBookedPlans(
  tx: Tx,
  clinic: { zone: string; today: string },
  filter: { doctorId?: string | undefined },
): Promise<NotBookedList> {
  const { rows } = await sql<OpenItemRow>`
    SELECT p.id AS plan_id, p.patient_id, pt.full_name AS patient_name, p.title AS plan_title,
           p.doctor_id, COALESCE(u.full_name, b.full_name, '') AS doctor_name, a.accepted_at,
           (${clinic.today}::date - (a.accepted_at AT TIME ZONE ${clinic.zone})::date)::int AS age_days,
           i.quantity, i.unit_price_paise, i.discount_paise, i.taxable, i.gst_rate_bp
    FROM treatment_plans p
    JOIN treatment_acceptances a ON a.plan_id = p.id
    JOIN treatment_plan_items i ON i.plan_id = p.id AND i.status IN ('accepted', 'in_progress')
    JOIN patients pt ON pt.id = p.patient_id AND pt.merged_into_id IS NULL
    -- Assistants do not read colleagues' user rows; the bookable doctors' names they may.
    LEFT JOIN users u ON u.id = p.doctor_id
    LEFT JOIN clinic_bookable_doctors() b ON b.user_id = p.doctor_id
    WHERE p.status = 'accepted'
      ${filter.doctorId ? sql`AND p.doctor_id = ${filter.doctorId}::uuid` : sql``}
      AND NOT app_has_upcoming_appointment(p.patient_id)
    ORDER BY p.id`.execute(tx)

  const plans = new Map<string, NotBookedList['rows'][number]>()
  for (const row of rows) {
    const amount = lineAmounts({
      quantity: row.quantity,
      unitPricePaise: row.unit_price_paise,
      discountPaise: row.discount_paise,
      taxable: row.taxable,
      gstRateBp: row.gst_rate_bp,
    }).totalPaise
    const plan = plans.get(row.plan_id)
    if (plan) {
      plan.valuePaise += amount
      plan.openItems += 1
      continue
    }
    plans.set(row.plan_id, {
      patientId: row.patient_id,
      patientName: row.patient_name,
      planId: row.plan_id,
      planTitle: row.plan_title,
      doctorId: row.doctor_id,
      doctorName: row.doctor_name,
      valuePaise: amount,
      openItems: 1,
      acceptedAt: new Date(row.accepted_at).toISOString(),
      ageDays: Number(row.age_days),
      lastDeferral: null,
    })
  }
  const latest = await latestDeferrals(tx, [...plans.keys()])
  for (const deferral of latest) {
    const plan = plans.get(deferral.plan_id)
    if (plan) plan.lastDeferral = presentDeferral(deferral)
  }
  const list = [...plans.values()].sort(
    (a, b) =>
      b.valuePaise - a.valuePaise || b.ageDays - a.ageDays || (a.planId < b.planId ? -1 : 1),
  )
  return { rows: list, totalValuePaise: list.reduce((sum, row) => sum + row.valuePaise, 0) }
}

/** The latest deferral of each plan. */
async function latestDeferrals(tx: Tx, planIds: string[]): Promise<DeferralRow[]> {
  if (planIds.length === 0) return []
  const { rows } = await sql<DeferralRow>`
    SELECT DISTINCT ON (plan_id) id, plan_id, reason, note,
           to_char(follow_up_on, 'YYYY-MM-DD') AS follow_up_on, recorded_by, recorded_at
    FROM treatment_deferrals
    WHERE plan_id IN (${sql.join(planIds.map((id) => sql`${id}::uuid`))})
    ORDER BY plan_id, recorded_at DESC, id DESC`.execute(tx)
  return rows
}
