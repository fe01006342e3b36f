import { percent, rupees } from './rupees.ts'

/**
 * NIC e-invoice JSON, schema INV-01 version 1.1 (india-domain §3.8; notified 30 Jul 2020), of one
 * issued B2B tax invoice. Pure: the checks that decide whether an invoice may have one, then the
 * shape. The clinic uploads it to the IRP (or its GSP) itself; this product does not call the IRP.
 *
 * - Only B2B: e-invoicing covers supplies to registered persons, not B2C (Notification 13/2020-CT).
 * - Not for documents with only nil-rated or exempt items (no IRN for a bill of supply).
 * - In-clinic services are intra-state (IGST Act s.12(4)): CGST and SGST, IgstOnIntra N.
 * - Amounts in rupees with 2 decimals (from paise by integer formatting, rupees.ts); dates
 *   DD/MM/YYYY; state codes 2 digits; PIN codes 6-digit numbers.
 */

export interface EInvoiceInvoice {
  status: string
  kind: string | null
  number: string | null
  issuedOn: string | null
  supplierName: string | null
  supplierGstin: string | null
  supplierStateCode: string | null
  recipientName: string | null
  recipientAddress: string | null
  recipientStateCode: string | null
  recipientGstin: string | null
  taxablePaise: number
  exemptPaise: number
  cgstPaise: number
  sgstPaise: number
  roundOffPaise: number
  totalPaise: number
}

export interface EInvoiceLine {
  description: string
  sacCode: string
  quantity: number
  unitPricePaise: number
  discountPaise: number
  gstRateBp: number
  taxablePaise: number
  cgstPaise: number
  sgstPaise: number
  totalPaise: number
}

export interface EInvoiceSupplier {
  legalName: string | null
  tradeName: string
  addressLine1: string | null
  addressLine2: string | null
  city: string | null
  pinCode: string | null
}

export type EInvoiceRefusal =
  | { reason: 'billing.einvoice_not_issued' }
  | { reason: 'billing.einvoice_not_b2b' }
  | { reason: 'billing.einvoice_no_taxable_lines' }
  | { reason: 'billing.einvoice_pin'; party: 'seller' | 'buyer' }

/** A PIN code: six digits, the first not 0 (India Post). The last one in an address. */
export function pinIn(text: string | null): number | undefined {
  if (!text) return undefined
  const found = text.match(/(?<![0-9])[1-9][0-9]{5}(?![0-9])/g)
  return found ? Number(found[found.length - 1]) : undefined
}

/** INV-01 string fields have lengths: Addr1/Addr2/Loc 100, names 100, PrdDesc 300. */
function clip(text: string, max: number): string {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  return trimmed.length > max ? trimmed.slice(0, max) : trimmed
}

/** Why this invoice cannot have an e-invoice, or undefined if it can. */
export function eInvoiceRefusal(
  invoice: EInvoiceInvoice,
  lines: EInvoiceLine[],
  supplier: EInvoiceSupplier,
): EInvoiceRefusal | undefined {
  if (invoice.status !== 'issued') return { reason: 'billing.einvoice_not_issued' }
  // Only exempt lines first: that is a bill of supply whoever it is for (Rule 49).
  if (!lines.some((line) => line.gstRateBp > 0))
    return { reason: 'billing.einvoice_no_taxable_lines' }
  if (!invoice.recipientGstin || !invoice.supplierGstin || invoice.kind === 'bill_of_supply') {
    return { reason: 'billing.einvoice_not_b2b' }
  }
  if (pinIn(supplier.pinCode) === undefined)
    return { reason: 'billing.einvoice_pin', party: 'seller' }
  if (pinIn(invoice.recipientAddress) === undefined)
    return { reason: 'billing.einvoice_pin', party: 'buyer' }
  return undefined
}

/**
 * The INV-01 document (amounts as `rupees()` marks: serialise with `jsonWithRupees`). Call only
 * when `eInvoiceRefusal` says nothing. Every line goes in, exempt ones at GstRt 0: the invoice
 * value (TotInvVal) must equal the sum of the items plus round-off.
 */
export function eInvoiceDocument(
  invoice: EInvoiceInvoice,
  lines: EInvoiceLine[],
  supplier: EInvoiceSupplier,
) {
  const sellerState = invoice.supplierStateCode ?? (invoice.supplierGstin ?? '').slice(0, 2)
  const buyerState = invoice.recipientStateCode ?? (invoice.recipientGstin ?? '').slice(0, 2)
  const sellerAddress1 = clip(supplier.addressLine1 ?? supplier.tradeName, 100)
  const buyerAddress = clip(invoice.recipientAddress ?? '', 100)
  return {
    Version: '1.1',
    TranDtls: { TaxSch: 'GST', SupTyp: 'B2B', RegRev: 'N', EcmGstin: null, IgstOnIntra: 'N' },
    DocDtls: { Typ: 'INV', No: invoice.number, Dt: invoice.issuedOn },
    SellerDtls: {
      Gstin: invoice.supplierGstin,
      LglNm: clip(supplier.legalName ?? invoice.supplierName ?? supplier.tradeName, 100),
      TrdNm: clip(invoice.supplierName ?? supplier.tradeName, 100),
      Addr1: sellerAddress1,
      ...(supplier.addressLine2 ? { Addr2: clip(supplier.addressLine2, 100) } : {}),
      Loc: clip(supplier.city ?? sellerAddress1, 50),
      Pin: pinIn(supplier.pinCode),
      Stcd: sellerState,
    },
    BuyerDtls: {
      Gstin: invoice.recipientGstin,
      LglNm: clip(invoice.recipientName ?? '', 100),
      // Place of supply: where the clinic is, for services performed there (IGST Act s.12(4)).
      Pos: sellerState,
      Addr1: buyerAddress,
      Loc: clip(buyerAddress, 50),
      Pin: pinIn(invoice.recipientAddress),
      Stcd: buyerState,
    },
    ItemList: lines.map((line, index) => ({
      SlNo: String(index + 1),
      PrdDesc: clip(line.description, 300),
      IsServc: 'Y',
      HsnCd: line.sacCode,
      Qty: line.quantity,
      Unit: 'OTH',
      UnitPrice: rupees(line.unitPricePaise),
      TotAmt: rupees(line.unitPricePaise * line.quantity),
      Discount: rupees(line.discountPaise),
      AssAmt: rupees(line.taxablePaise),
      GstRt: percent(line.gstRateBp),
      IgstAmt: rupees(0),
      CgstAmt: rupees(line.cgstPaise),
      SgstAmt: rupees(line.sgstPaise),
      CesRt: 0,
      CesAmt: rupees(0),
      CesNonAdvlAmt: rupees(0),
      TotItemVal: rupees(line.totalPaise),
    })),
    ValDtls: {
      // AssVal is the taxable value of the items; exempt lines are items at 0% (AssAmt summed).
      AssVal: rupees(invoice.taxablePaise + invoice.exemptPaise),
      CgstVal: rupees(invoice.cgstPaise),
      SgstVal: rupees(invoice.sgstPaise),
      IgstVal: rupees(0),
      CesVal: rupees(0),
      StCesVal: rupees(0),
      Discount: rupees(0),
      OthChrg: rupees(0),
      RndOffAmt: rupees(invoice.roundOffPaise),
      TotInvVal: rupees(invoice.totalPaise),
    },
  }
}
