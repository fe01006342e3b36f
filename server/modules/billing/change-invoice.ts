import type { InvoicePatch } from '../../../shared/contracts/billing.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { type PricedDraft, priceDraft } from './draft-lines.ts'
import { requireBillingPatient, requireDraft } from './guards.ts'
import { clinicTaxProfile, linesOfInvoices } from './queries.ts'
import { applyRecipient, patientRecipient } from './recipient.ts'
import { insertLines, totalsColumns } from './write-draft.ts'

/**
 * Changes a draft: its recipient, round-off, notes, or all its lines (sending `lines` or
 * `planItemIds` replaces them). 409 once issued.
 */
export async function changeInvoice(
  tx: Tx,
  actor: Session,
  patientId: string,
  invoiceId: string,
  patch: InvoicePatch,
): Promise<void> {
  const invoice = await requireDraft(tx, patientId, invoiceId)
  const roundOff = patch.roundOff ?? invoice.round_off
  const replacing = patch.lines !== undefined || patch.planItemIds !== undefined
  const profile = await clinicTaxProfile(tx)
  const options = { registered: profile.gstin !== null, roundOff, invoiceId }
  let priced: PricedDraft
  if (replacing) {
    priced = await priceDraft(
      tx,
      patientId,
      { lines: patch.lines ?? [], planItemIds: patch.planItemIds ?? [] },
      options,
    )
  } else {
    // The same lines, priced again (the round-off may have changed).
    const current = await linesOfInvoices(tx, [invoiceId])
    const adHoc = current.filter((line) => line.plan_item_id === null)
    priced = await priceDraft(
      tx,
      patientId,
      {
        planItemIds: current.flatMap((line) => (line.plan_item_id ? [line.plan_item_id] : [])),
        lines: adHoc.map((line) => ({
          description: line.description,
          sacCode: line.sac_code,
          quantity: line.quantity,
          unitPricePaise: Number(line.unit_price_paise),
          discountPaise: Number(line.discount_paise),
          gstRateBp: line.gst_rate_bp,
          taxable: line.taxable,
        })),
      },
      options,
    )
  }
  // null gives the draft back to the patient as on file (Rule 46(d)–(f): the patient is the
  // recipient unless a company pays); otherwise the fields sent change what the draft has.
  const recipient =
    patch.recipient === null
      ? patientRecipient(await requireBillingPatient(tx, patientId))
      : applyRecipient(
          {
            recipient_name: invoice.recipient_name,
            recipient_address: invoice.recipient_address,
            recipient_state_code: invoice.recipient_state_code,
            recipient_gstin: invoice.recipient_gstin,
          },
          patch.recipient,
        )
  await tx
    .updateTable('invoices')
    .set({
      ...recipient,
      round_off: roundOff,
      ...(patch.notes !== undefined ? { notes: patch.notes || null } : {}),
      ...totalsColumns(priced),
    })
    .where('id', '=', invoiceId)
    .execute()
  if (replacing) {
    await tx.deleteFrom('invoice_lines').where('invoice_id', '=', invoiceId).execute()
    await insertLines(tx, actor.clinicId, invoiceId, priced)
  }
}
