/**
 * Invoice arithmetic: per-line taxable value and GST, the document's totals, the optional
 * round-off, the GST summary per rate, and the kind of document the lines make. Pure and
 * integer-only (paise and basis points); the server computes what it stores with it and the web
 * app shows the same numbers while the bill is drafted.
 *
 * GST (india-domain §3.4, §3.9): in-clinic services are intra-state (IGST Act s.12(4)), so a
 * taxable line carries CGST and SGST, each half the rate on the line's taxable value, rounded to
 * the paisa half up, per line (shared/plans/estimate.ts `lineAmounts`, reused so that an
 * estimate and the invoice for the same work agree to the paisa). Invoice totals are sums of the
 * lines, never recomputed from a total, so the lines always add up to the document.
 */
import { lineAmounts } from '../plans/estimate.ts'

/**
 * GST rates a line may carry, in basis points. Rates are data (india-domain §3.2: they change by
 * notification). GST 2.0 (56th GST Council, 3 Sep 2025; Notification 15/2025-CT(Rate), effective
 * 22 Sep 2025) moved most supplies to 5 %, 18 % or 40 %; 12 % and 28 % stay for documents dated
 * before then and for credit notes against them. The server may pass its own list
 * (`allowedRatesBp`).
 */
export const ALLOWED_GST_RATES_BP: readonly number[] = [0, 500, 1200, 1800, 2800, 4000]

/**
 * The largest line value accepted: ₹10 crore. Far above any clinic's line, and low enough that
 * value × rate stays exact in a double (halfGstPaise multiplies before it divides).
 */
export const MAX_LINE_PAISE = 100_00_00_000_00

export interface InvoiceLineInput {
  /** Whole units (sittings, teeth, items), at least 1. */
  quantity: number
  unitPricePaise: number
  /** Discount on the line in paise, at most quantity × unit price. */
  discountPaise: number
  /** False for exempt healthcare (Notification 12/2017-CT(Rate) Sl. 74). */
  taxable: boolean
  /** GST rate in basis points (1800 = 18 %); 0 for an exempt line, never 0 for a taxable one. */
  gstRateBp: number
}

export interface InvoiceLineAmounts {
  taxable: boolean
  gstRateBp: number
  /** Quantity × unit price. */
  grossPaise: number
  discountPaise: number
  /**
   * Gross less discount: the taxable value (Rule 46(k)) of a taxable line, the value of the
   * exempt supply (Rule 49) of an exempt one.
   */
  taxableValuePaise: number
  cgstPaise: number
  sgstPaise: number
  /** Taxable value plus CGST and SGST. */
  totalPaise: number
}

export type DocumentKind =
  /** Every line taxable (Rule 46). */
  | 'tax_invoice'
  /** Every line exempt (Rule 49), or the clinic is not registered (s.23(1)(a)). */
  | 'bill_of_supply'
  /** Taxable and exempt lines on one document (Rule 46A). */
  | 'invoice_cum_bill_of_supply'

export interface GstRateSummary {
  gstRateBp: number
  taxableValuePaise: number
  cgstPaise: number
  sgstPaise: number
}

export interface InvoiceTotals {
  grossPaise: number
  discountPaise: number
  /** Value after discount of the taxable lines. */
  taxableValuePaise: number
  /** Value after discount of the exempt lines. */
  exemptValuePaise: number
  cgstPaise: number
  sgstPaise: number
  gstPaise: number
  /** Taxable value + exempt value + GST. */
  totalBeforeRoundOffPaise: number
  /** Signed: −49…+50 paise when rounding to the rupee, else 0 (e-invoice `RndOffAmt`). */
  roundOffPaise: number
  grandTotalPaise: number
}

export interface InvoiceTax {
  kind: DocumentKind
  lines: InvoiceLineAmounts[]
  totals: InvoiceTotals
  /** Taxable lines grouped by rate, lowest rate first (GST summary, GSTR-1 B2CS/HSN tables). */
  gstByRate: GstRateSummary[]
}

export type InvoiceErrorCode =
  /** Not a whole number (or beyond Number.MAX_SAFE_INTEGER). */
  | 'not_integer'
  /** Quantity below 1. */
  | 'not_positive'
  /** A negative price or discount. */
  | 'negative'
  /** The discount is more than quantity × unit price. */
  | 'exceeds_line'
  /** The line's value is above MAX_LINE_PAISE, or the invoice's beyond safe integers. */
  | 'too_large'
  /** The rate is not in the allowed set. */
  | 'rate_not_allowed'
  /** A taxable line at 0 %: mark it exempt instead. */
  | 'taxable_at_zero_rate'
  /** An exempt line with a rate above 0. */
  | 'exempt_with_rate'
  /** A clinic that is not registered for GST cannot charge it (it issues bills of supply). */
  | 'unregistered_supplier'
  /** An invoice needs at least one line. */
  | 'no_lines'

export interface InvoiceError {
  /** Index of the line in the input, or null for the document as a whole. */
  line: number | null
  field: keyof InvoiceLineInput | 'lines'
  code: InvoiceErrorCode
}

export interface InvoiceTaxOptions {
  /** Whether the clinic has a GSTIN. An unregistered clinic's lines must all be exempt. */
  registered: boolean
  /** Add a round-off to the nearest rupee (half up). Default false. */
  roundOff?: boolean
  /** Override ALLOWED_GST_RATES_BP (e.g. from configuration). */
  allowedRatesBp?: readonly number[]
}

export type InvoiceTaxResult =
  | { ok: true; invoice: InvoiceTax }
  | { ok: false; errors: InvoiceError[] }

/** Every problem with one line, at most one per field, in field order. */
export function checkInvoiceLine(
  line: InvoiceLineInput,
  index: number,
  options: Pick<InvoiceTaxOptions, 'registered' | 'allowedRatesBp'>,
): InvoiceError[] {
  const errors: InvoiceError[] = []
  const fail = (field: keyof InvoiceLineInput, code: InvoiceErrorCode) => {
    errors.push({ line: index, field, code })
  }
  const { quantity, unitPricePaise, discountPaise, taxable, gstRateBp } = line
  const quantityOk = Number.isSafeInteger(quantity) && quantity >= 1
  if (!Number.isSafeInteger(quantity)) fail('quantity', 'not_integer')
  else if (quantity < 1) fail('quantity', 'not_positive')

  const priceOk = Number.isSafeInteger(unitPricePaise) && unitPricePaise >= 0
  if (!Number.isSafeInteger(unitPricePaise)) fail('unitPricePaise', 'not_integer')
  else if (unitPricePaise < 0) fail('unitPricePaise', 'negative')
  else if (unitPricePaise > MAX_LINE_PAISE) fail('unitPricePaise', 'too_large')

  let grossPaise: number | null = null
  if (quantityOk && priceOk && unitPricePaise <= MAX_LINE_PAISE) {
    grossPaise = quantity * unitPricePaise
    if (!Number.isSafeInteger(grossPaise) || grossPaise > MAX_LINE_PAISE) {
      fail('quantity', 'too_large')
      grossPaise = null
    }
  }

  if (!Number.isSafeInteger(discountPaise)) fail('discountPaise', 'not_integer')
  else if (discountPaise < 0) fail('discountPaise', 'negative')
  else if (grossPaise !== null && discountPaise > grossPaise) fail('discountPaise', 'exceeds_line')

  if (taxable && !options.registered) fail('taxable', 'unregistered_supplier')

  const allowed = options.allowedRatesBp ?? ALLOWED_GST_RATES_BP
  if (!Number.isSafeInteger(gstRateBp)) fail('gstRateBp', 'not_integer')
  else if (!allowed.includes(gstRateBp)) fail('gstRateBp', 'rate_not_allowed')
  else if (taxable && gstRateBp === 0) fail('gstRateBp', 'taxable_at_zero_rate')
  else if (!taxable && gstRateBp !== 0) fail('gstRateBp', 'exempt_with_rate')
  return errors
}

/** The amounts of one line that checkInvoiceLine accepts. Throws a RangeError otherwise. */
export function invoiceLineAmounts(line: InvoiceLineInput): InvoiceLineAmounts {
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
    throw new RangeError('quantity: must be a whole number from 1')
  }
  const amounts = lineAmounts(line)
  if (amounts.grossPaise > MAX_LINE_PAISE || !Number.isSafeInteger(amounts.grossPaise)) {
    throw new RangeError('a line cannot exceed MAX_LINE_PAISE')
  }
  return {
    taxable: line.taxable,
    gstRateBp: line.gstRateBp,
    grossPaise: amounts.grossPaise,
    discountPaise: amounts.discountPaise,
    taxableValuePaise: amounts.netPaise,
    cgstPaise: amounts.cgstPaise,
    sgstPaise: amounts.sgstPaise,
    totalPaise: amounts.totalPaise,
  }
}

/**
 * The kind of document for these lines (Rules 46, 46A, 49). An unregistered clinic always issues
 * a bill of supply.
 */
export function documentKindOf(
  lines: readonly Pick<InvoiceLineInput, 'taxable'>[],
  registered: boolean,
): DocumentKind {
  if (!registered) return 'bill_of_supply'
  const taxable = lines.filter((line) => line.taxable).length
  if (taxable === 0) return 'bill_of_supply'
  return taxable === lines.length ? 'tax_invoice' : 'invoice_cum_bill_of_supply'
}

/**
 * The signed adjustment that rounds `totalPaise` to the nearest rupee, 50 paise and above going
 * up (the CGST Act s.170 rule, used for the invoice's optional round-off line): 1,234.50 → +50,
 * 1,234.49 → −49.
 */
export function roundOffToRupee(totalPaise: number): number {
  if (!Number.isSafeInteger(totalPaise) || totalPaise < 0) {
    throw new RangeError('totalPaise: must be whole, non-negative paise')
  }
  const paise = totalPaise % 100
  // `0 - paise` rather than `-paise`: no negative zero in stored amounts.
  return paise >= 50 ? 100 - paise : 0 - paise
}

/**
 * Checks and computes a whole invoice. Either every error found (each naming its line and field,
 * so the server can answer 400 with all of them), or the document: kind, lines, totals and the
 * GST summary per rate.
 */
export function computeInvoiceTax(
  lines: readonly InvoiceLineInput[],
  options: InvoiceTaxOptions,
): InvoiceTaxResult {
  if (lines.length === 0)
    return { ok: false, errors: [{ line: null, field: 'lines', code: 'no_lines' }] }
  const errors = lines.flatMap((line, index) => checkInvoiceLine(line, index, options))
  if (errors.length > 0) return { ok: false, errors }

  const amounts = lines.map(invoiceLineAmounts)
  const totals: InvoiceTotals = {
    grossPaise: 0,
    discountPaise: 0,
    taxableValuePaise: 0,
    exemptValuePaise: 0,
    cgstPaise: 0,
    sgstPaise: 0,
    gstPaise: 0,
    totalBeforeRoundOffPaise: 0,
    roundOffPaise: 0,
    grandTotalPaise: 0,
  }
  const byRate = new Map<number, GstRateSummary>()
  for (const line of amounts) {
    totals.grossPaise += line.grossPaise
    totals.discountPaise += line.discountPaise
    totals.cgstPaise += line.cgstPaise
    totals.sgstPaise += line.sgstPaise
    totals.totalBeforeRoundOffPaise += line.totalPaise
    if (!line.taxable) {
      totals.exemptValuePaise += line.taxableValuePaise
      continue
    }
    totals.taxableValuePaise += line.taxableValuePaise
    const summary = byRate.get(line.gstRateBp) ?? {
      gstRateBp: line.gstRateBp,
      taxableValuePaise: 0,
      cgstPaise: 0,
      sgstPaise: 0,
    }
    summary.taxableValuePaise += line.taxableValuePaise
    summary.cgstPaise += line.cgstPaise
    summary.sgstPaise += line.sgstPaise
    byRate.set(line.gstRateBp, summary)
  }
  totals.gstPaise = totals.cgstPaise + totals.sgstPaise
  totals.roundOffPaise = options.roundOff ? roundOffToRupee(totals.totalBeforeRoundOffPaise) : 0
  totals.grandTotalPaise = totals.totalBeforeRoundOffPaise + totals.roundOffPaise
  if (!Number.isSafeInteger(totals.grossPaise + totals.gstPaise + 100)) {
    return { ok: false, errors: [{ line: null, field: 'lines', code: 'too_large' }] }
  }
  return {
    ok: true,
    invoice: {
      kind: documentKindOf(lines, options.registered),
      lines: amounts,
      totals,
      gstByRate: [...byRate.values()].sort((a, b) => a.gstRateBp - b.gstRateBp),
    },
  }
}

/**
 * Rule 46(d)/(e)/(f): whether the recipient's name and address must be on the invoice. Always for
 * a registered recipient (with the GSTIN, (d)); for an unregistered one when the value of the
 * taxable supply is ₹50,000 or more ((e): name, address, delivery address, State name and code).
 * Below that they are printed only if the recipient asks ((f)).
 */
export const UNREGISTERED_RECIPIENT_THRESHOLD_PAISE = 50_000_00

export function recipientAddressRequired(
  totalTaxableValuePaise: number,
  recipientRegistered: boolean,
): boolean {
  if (!Number.isSafeInteger(totalTaxableValuePaise) || totalTaxableValuePaise < 0) {
    throw new RangeError('totalTaxableValuePaise: must be whole, non-negative paise')
  }
  return recipientRegistered || totalTaxableValuePaise >= UNREGISTERED_RECIPIENT_THRESHOLD_PAISE
}
