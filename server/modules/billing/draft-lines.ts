import {
  computeInvoiceTax,
  type InvoiceLineInput,
  type InvoiceTax,
} from '../../../shared/billing/index.ts'
import type { InvoiceLineInput as LineRequest } from '../../../shared/contracts/billing.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { type FieldIssue, fieldError, issue, validationError } from '../../http/errors.ts'
import { billablePlanItems, billedPlanItems } from './queries.ts'
import { taxIssue } from './tax-errors.ts'

/** A line as the draft will store it, before its amounts. */
export interface DraftLine extends InvoiceLineInput {
  description: string
  sacCode: string
  planItemId: string | null
}

export interface PricedDraft {
  lines: DraftLine[]
  tax: InvoiceTax
}

/**
 * The lines of a draft: the completed plan items first (description, SAC, price, discount and
 * tax copied from the item as it was frozen when accepted, ADR 0018), then the ad hoc lines;
 * checked and priced by shared/billing. Every problem is a 400 naming its field
 * (`planItemIds.0`, `lines.2.discountPaise`); a plan item already billed is a 409.
 */
export async function priceDraft(
  tx: Tx,
  patientId: string,
  input: { lines: readonly LineRequest[]; planItemIds: readonly string[] },
  options: { registered: boolean; roundOff: boolean; invoiceId?: string },
): Promise<PricedDraft> {
  const fromPlan = await planItemLines(tx, patientId, input.planItemIds, options.invoiceId)
  const adHoc = input.lines.map(
    (line): DraftLine => ({
      description: line.description,
      sacCode: line.sacCode,
      quantity: line.quantity,
      unitPricePaise: line.unitPricePaise,
      discountPaise: line.discountPaise,
      gstRateBp: line.gstRateBp,
      taxable: line.taxable ?? line.gstRateBp > 0,
      planItemId: null,
    }),
  )
  const lines = [...fromPlan, ...adHoc]
  const fieldOf = (index: number | null, field: string) => {
    if (index === null) return field
    return index < fromPlan.length
      ? `planItemIds.${index}`
      : `lines.${index - fromPlan.length}.${field}`
  }
  const result = computeInvoiceTax(lines, {
    registered: options.registered,
    roundOff: options.roundOff,
  })
  if (!result.ok) {
    throw validationError(
      result.errors.map((error) => taxIssue(error, fieldOf(error.line, error.field))),
    )
  }
  return { lines, tax: result.invoice }
}

/** Lines for the plan items, or the 4xx naming the first item that cannot be billed. */
async function planItemLines(
  tx: Tx,
  patientId: string,
  ids: readonly string[],
  invoiceId: string | undefined,
): Promise<DraftLine[]> {
  const issues: FieldIssue[] = []
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index)
      issues.push(issue(`planItemIds.${index}`, 'billing.plan_item_repeated'))
  })
  if (issues.length > 0) throw validationError(issues)
  const found = new Map((await billablePlanItems(tx, patientId, ids)).map((row) => [row.id, row]))
  ids.forEach((id, index) => {
    const item = found.get(id)
    if (!item) issues.push(issue(`planItemIds.${index}`, 'billing.plan_item_not_found'))
    else if (item.status !== 'completed') {
      issues.push(issue(`planItemIds.${index}`, 'billing.plan_item_not_completed'))
    }
  })
  if (issues.length > 0) throw validationError(issues)
  const billed = await billedPlanItems(tx, ids, invoiceId)
  const first = ids.findIndex((id) => billed.has(id))
  if (first >= 0) {
    throw fieldError('conflict', `planItemIds.${first}`, 'billing.plan_item_billed')
  }
  return ids.map((id) => {
    const item = found.get(id)
    if (!item) throw new Error('plan item vanished')
    const where = item.tooth === null ? '' : ` (tooth ${item.tooth})`
    return {
      description: `${item.name}${where}`.slice(0, 200),
      sacCode: item.sac_code,
      quantity: item.quantity,
      unitPricePaise: Number(item.unit_price_paise),
      discountPaise: Number(item.discount_paise),
      taxable: item.taxable,
      gstRateBp: item.gst_rate_bp,
      planItemId: item.id,
    }
  })
}
