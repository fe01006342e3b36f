import type { Acceptance, Plan, PlanItem, Sitting } from '../../../shared/contracts/plans.ts'
import {
  type EstimateLineInput,
  estimateTotals,
  lineAmounts,
} from '../../../shared/plans/estimate.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import type { AcceptanceRow, ItemRow, LoadedPlan, SittingRow } from './queries.ts'

/** The cipher field name of treatment_acceptances.signer_name_cipher (the guardian's name). */
export const SIGNER_NAME_FIELD = 'treatment_acceptances.signer_name'

const iso = (value: Date | string) => new Date(value).toISOString()
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value))

/** A date column as YYYY-MM-DD, whether the driver returned a string or a Date. */
const dateOnly = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10)

/** Items that are no longer part of what the patient will pay for or have done. */
const DROPPED: readonly ItemRow['status'][] = ['declined', 'cancelled', 'superseded']

export function presentSitting(row: SittingRow): Sitting {
  return {
    id: row.id,
    itemId: row.item_id,
    sittingNumber: row.sitting_number,
    performedOn: dateOnly(row.performed_on),
    doctorId: row.doctor_id,
    doctorName: row.doctor_name ?? '',
    workDone: row.work_done,
    progressNote: row.progress_note,
    recordedAt: iso(row.recorded_at),
  }
}

/** What an item contributes to an estimate (shared/plans/estimate.ts does the maths). */
export const estimateLine = (row: ItemRow): EstimateLineInput => ({
  quantity: row.quantity,
  unitPricePaise: row.unit_price_paise,
  discountPaise: row.discount_paise,
  taxable: row.taxable,
  gstRateBp: row.gst_rate_bp,
})

export function presentItem(row: ItemRow, sittings: readonly SittingRow[]): PlanItem {
  const amounts = lineAmounts(estimateLine(row))
  return {
    id: row.id,
    planId: row.plan_id,
    procedureId: row.procedure_id,
    code: row.code,
    name: row.name,
    pricingModel: row.pricing_model,
    tooth: row.tooth,
    surfaces: row.surfaces as PlanItem['surfaces'],
    quadrant: row.quadrant,
    arch: row.arch,
    quantity: row.quantity,
    unitPricePaise: row.unit_price_paise,
    discountPaise: row.discount_paise,
    netPaise: amounts.netPaise,
    sacCode: row.sac_code,
    taxable: row.taxable,
    gstRateBp: row.gst_rate_bp,
    cgstPaise: amounts.cgstPaise,
    sgstPaise: amounts.sgstPaise,
    totalPaise: amounts.totalPaise,
    phase: row.phase,
    position: row.position,
    plannedSittings: row.planned_sittings,
    status: row.status,
    findingId: row.finding_id,
    completedAt: isoOrNull(row.completed_at),
    sittings: sittings.filter((sitting) => sitting.item_id === row.id).map(presentSitting),
  }
}

/** The items an estimate counts: everything not declined, cancelled or superseded. */
export const countedItems = (items: readonly ItemRow[]) =>
  items.filter((item) => !DROPPED.includes(item.status))

export function presentAcceptance(row: AcceptanceRow, cipher?: ClinicCipher): Acceptance {
  const subtotalPaise = Number(row.subtotal_paise)
  const discountPaise = Number(row.discount_paise)
  const gstPaise = Number(row.gst_paise)
  const totalPaise = Number(row.total_paise)
  // The guardian's name is personal data, sealed with the clinic's key like
  // patients.guardian_cipher; without the cipher it is left out rather than guessed.
  const guardianName =
    row.signer_name_cipher && cipher
      ? cipher.decrypt(SIGNER_NAME_FIELD, Buffer.from(row.signer_name_cipher))
      : null
  // The split of the totals comes from the estimate snapshot the acceptance stored.
  const snapshot = (row.estimate as { totals?: Record<string, unknown> } | null)?.totals ?? {}
  const signed = (key: string, fallback = 0) =>
    Number.isSafeInteger(snapshot[key]) ? (snapshot[key] as number) : fallback
  return {
    id: row.id,
    planId: row.plan_id,
    planVersion: row.plan_version,
    signedBy: row.signed_by,
    guardianName,
    // What was signed is what the row holds, not what the plan's items add up to today.
    totals: {
      subtotalPaise,
      discountPaise,
      taxableValuePaise: signed('taxableValuePaise'),
      exemptValuePaise: signed('exemptValuePaise'),
      cgstPaise: signed('cgstPaise', Math.floor(gstPaise / 2)),
      sgstPaise: signed('sgstPaise', gstPaise - Math.floor(gstPaise / 2)),
      gstPaise,
      totalPaise,
    },
    estimateSha256: row.estimate_sha256,
    estimateDocumentId: row.estimate_document_id,
    signedDocumentId: row.signed_document_id,
    witnessedBy: row.witnessed_by,
    witnessName: row.witness_name ?? '',
    acceptedAt: iso(row.accepted_at),
  }
}

/**
 * A plan as the API returns it: its items (each with its amounts and sittings), the totals of
 * the items still counted, progress, and the signed acceptance if any. `cipher` opens the
 * guardian's name on an acceptance.
 */
export function presentPlan(loaded: LoadedPlan, cipher?: ClinicCipher): Plan {
  const { plan, items, sittings, acceptance } = loaded
  const counted = countedItems(items)
  return {
    id: plan.id,
    patientId: plan.patient_id,
    title: plan.title,
    doctorId: plan.doctor_id,
    doctorName: plan.doctor_name ?? '',
    alternativeGroup: plan.alternative_group,
    revisionOf: plan.revision_of,
    version: plan.version,
    status: plan.status,
    note: plan.note,
    createdAt: iso(plan.created_at),
    updatedAt: iso(plan.updated_at),
    items: items.map((item) => presentItem(item, sittings)),
    totals: estimateTotals(counted.map(estimateLine)),
    progress: {
      completed: counted.filter((item) => item.status === 'completed').length,
      total: counted.length,
    },
    acceptance: acceptance ? presentAcceptance(acceptance, cipher) : null,
  }
}
