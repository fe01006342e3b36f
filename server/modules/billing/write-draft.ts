import type { Tx } from '../../db/with-clinic.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import type { PricedDraft } from './draft-lines.ts'

/** The totals columns of an invoice, from its priced lines. */
export function totalsColumns({ tax }: PricedDraft) {
  const { totals } = tax
  return {
    taxable_value_paise: totals.taxableValuePaise,
    exempt_value_paise: totals.exemptValuePaise,
    cgst_paise: totals.cgstPaise,
    sgst_paise: totals.sgstPaise,
    round_off_paise: totals.roundOffPaise,
    total_paise: totals.grandTotalPaise,
  }
}

/**
 * Writes the draft's lines (after its old ones are deleted). The database has the last word on a
 * plan item: billed twice (a concurrent draft got it first: unique index) or not completed
 * (trigger `plan_item`).
 */
export async function insertLines(
  tx: Tx,
  clinicId: string,
  invoiceId: string,
  priced: PricedDraft,
): Promise<void> {
  const rows = priced.lines.map((line, position) => {
    const amounts = priced.tax.lines[position]
    if (!amounts) throw new Error('a priced line is missing')
    return {
      clinic_id: clinicId,
      invoice_id: invoiceId,
      position,
      description: line.description,
      sac_code: line.sacCode,
      quantity: line.quantity,
      unit_price_paise: line.unitPricePaise,
      discount_paise: line.discountPaise,
      taxable: line.taxable,
      gst_rate_bp: line.gstRateBp,
      taxable_value_paise: amounts.taxableValuePaise,
      cgst_paise: amounts.cgstPaise,
      sgst_paise: amounts.sgstPaise,
      total_paise: amounts.totalPaise,
      plan_item_id: line.planItemId,
    }
  })
  if (rows.length === 0) return
  await mapDatabaseErrors(tx.insertInto('invoice_lines').values(rows).execute(), {
    constraints: {
      invoice_lines_plan_item: fieldError('conflict', 'planItemIds', 'billing.plan_item_billed'),
      invoice_lines_plan_item_completed: fieldError(
        'bad_request',
        'planItemIds',
        'billing.plan_item_not_completed',
      ),
    },
  })
}
