import { computeInvoiceTax, recipientAddressRequired } from '../../../shared/billing/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { type FieldIssue, issue, validationError } from '../../http/errors.ts'
import { requireDraft } from './guards.ts'
import { numberDocument } from './number-document.ts'
import { clinicTaxProfile, linesOfInvoices } from './queries.ts'
import { taxIssue } from './tax-errors.ts'

/**
 * Issues a draft: checks it again (the clinic's registration may have changed since it was
 * drafted), fixes its kind (Rules 46, 46A, 49), the supplier as it is today (Rule 46(a)) and the
 * totals, and numbers it PREFIX/YY-YY/NNNN in the clinic's series for the financial year of
 * `now` in the clinic's time zone (Rule 46(b)). The number is taken last, so the counter row is
 * locked for as little of the transaction as possible; if anything fails after it, the rollback
 * gives the number back.
 */
export async function issueInvoice(
  tx: Tx,
  actor: Session,
  patientId: string,
  invoiceId: string,
  clock: { now: Date; zone: string },
): Promise<void> {
  const invoice = await requireDraft(tx, patientId, invoiceId)
  const lines = await linesOfInvoices(tx, [invoiceId])
  const profile = await clinicTaxProfile(tx)
  const registered = profile.gstin !== null
  const result = computeInvoiceTax(
    lines.map((line) => ({
      quantity: line.quantity,
      unitPricePaise: Number(line.unit_price_paise),
      discountPaise: Number(line.discount_paise),
      taxable: line.taxable,
      gstRateBp: line.gst_rate_bp,
    })),
    { registered, roundOff: invoice.round_off },
  )
  if (!result.ok) {
    throw validationError(
      result.errors.map((error) =>
        taxIssue(error, error.line === null ? error.field : `lines.${error.line}.${error.field}`),
      ),
    )
  }
  const { kind, totals } = result.invoice

  // Rule 46(d)/(e): a registered recipient, or an unregistered one when the value of the taxable
  // supply is ₹50,000 or more, needs name, address and state on the invoice. The threshold is on
  // the taxable value: exempt healthcare is not a taxable supply.
  if (recipientAddressRequired(totals.taxableValuePaise, invoice.recipient_gstin !== null)) {
    const missing: FieldIssue[] = []
    if (!invoice.recipient_name) missing.push(issue('recipient.name', 'billing.recipient_required'))
    if (!invoice.recipient_address) {
      missing.push(issue('recipient.address', 'billing.recipient_required'))
    }
    if (!invoice.recipient_state_code) {
      missing.push(issue('recipient.stateCode', 'billing.recipient_required'))
    }
    if (missing.length > 0) throw validationError(missing)
  }

  const numbered = await numberDocument(tx, actor.clinicId, 'invoice', clock)
  await tx
    .updateTable('invoices')
    .set({
      status: 'issued',
      kind,
      number: numbered.number,
      fy_start_year: numbered.fyStartYear,
      serial: numbered.serial,
      issued_at: clock.now,
      issued_by: actor.userId,
      supplier_name: profile.legal_name ?? profile.name,
      supplier_gstin: profile.gstin,
      supplier_state_code: profile.state_code,
      taxable_value_paise: totals.taxableValuePaise,
      exempt_value_paise: totals.exemptValuePaise,
      cgst_paise: totals.cgstPaise,
      sgst_paise: totals.sgstPaise,
      round_off_paise: totals.roundOffPaise,
      total_paise: totals.grandTotalPaise,
    })
    .where('id', '=', invoiceId)
    .execute()
}
