import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import {
  type EInvoiceInvoice,
  type EInvoiceLine,
  type EInvoiceSupplier,
  eInvoiceDocument,
  eInvoiceRefusal,
} from './einvoice.ts'
import { eInvoiceSource } from './queries.ts'
import { jsonWithRupees } from './rupees.ts'

const n = (value: unknown): number => Number(value)
const s = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value)

/**
 * The INV-01 JSON of an issued B2B invoice with taxable lines (india-domain §3.8): 404 if the
 * clinic has no such invoice, 409 with the reason when it may not have an e-invoice. Answers the
 * JSON text, amounts in rupees with 2 decimals.
 */
export async function makeEInvoice(
  tx: Tx,
  invoiceId: string,
): Promise<{ number: string; body: string }> {
  const source = await eInvoiceSource(tx, invoiceId)
  if (!source) throw new AppError('not_found', 'billing.not_found')
  const row = source.invoice
  const invoice: EInvoiceInvoice = {
    status: String(row.status),
    kind: s(row.kind),
    number: s(row.number),
    issuedOn: s(row.issued_on),
    supplierName: s(row.supplier_name),
    supplierGstin: s(row.supplier_gstin),
    supplierStateCode: s(row.supplier_state_code),
    recipientName: s(row.recipient_name),
    recipientAddress: s(row.recipient_address),
    recipientStateCode: s(row.recipient_state_code),
    recipientGstin: s(row.recipient_gstin),
    taxablePaise: n(row.taxable_value_paise),
    exemptPaise: n(row.exempt_value_paise),
    cgstPaise: n(row.cgst_paise),
    sgstPaise: n(row.sgst_paise),
    roundOffPaise: n(row.round_off_paise),
    totalPaise: n(row.total_paise),
  }
  const lines: EInvoiceLine[] = source.lines.map((line) => ({
    description: String(line.description),
    sacCode: String(line.sac_code),
    quantity: n(line.quantity),
    unitPricePaise: n(line.unit_price_paise),
    discountPaise: n(line.discount_paise),
    gstRateBp: n(line.gst_rate_bp),
    taxablePaise: n(line.taxable_value_paise),
    cgstPaise: n(line.cgst_paise),
    sgstPaise: n(line.sgst_paise),
    totalPaise: n(line.total_paise),
  }))
  const clinic = source.clinic
  const supplier: EInvoiceSupplier = {
    legalName: s(clinic.legal_name),
    tradeName: String(clinic.name),
    addressLine1: s(clinic.address_line1),
    addressLine2: s(clinic.address_line2),
    city: s(clinic.city),
    pinCode: s(clinic.pin_code),
  }
  const refusal = eInvoiceRefusal(invoice, lines, supplier)
  if (refusal) {
    if (refusal.reason === 'billing.einvoice_pin') {
      throw new AppError('conflict', refusal.reason, { party: refusal.party })
    }
    throw new AppError('conflict', refusal.reason)
  }
  return {
    number: invoice.number ?? '',
    body: jsonWithRupees(eInvoiceDocument(invoice, lines, supplier)),
  }
}
