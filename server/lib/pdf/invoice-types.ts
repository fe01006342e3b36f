/**
 * What a billing document is made of (issue #12): the invoice, bill of supply or
 * invoice-cum-bill of supply, with every particular CGST Rules 46, 46A and 49 ask for. The
 * billing module builds it from an issued invoice; server/lib/pdf renders it. Money in integer
 * paise, rates in basis points, amounts already computed by shared/billing.
 */
import type { DocumentKind, GstRateSummary, InvoiceTotals } from '../../../shared/billing/index.ts'
import type { Letterhead } from './types.ts'

export interface InvoiceDocumentLine {
  description: string
  /** Services Accounting Code (Rule 46(g)); printed on exempt lines too (Rule 49). */
  sacCode: string
  quantity: number
  unitPricePaise: number
  discountPaise: number
  /** After discount: the taxable value of a taxable line, the value of an exempt one. */
  taxableValuePaise: number
  taxable: boolean
  gstRateBp: number
  cgstPaise: number
  sgstPaise: number
  totalPaise: number
}

export interface InvoiceDocument {
  language: 'en' | 'hi'
  kind: DocumentKind
  letterhead: Letterhead
  /** The legal name on the GST registration when it differs from the clinic's (trade) name. */
  supplierLegalName: string | null
  /** Where the clinic is: the place of supply of in-clinic services (IGST Act s.12(4)). */
  supplierState: { name: string; code: string } | null
  /**
   * Consecutive, at most 16 characters (Rule 46(b)), e.g. INV/26-27/0001. Null for a draft: a
   * draft has no number (it is numbered when issued) and prints "Draft — not a tax invoice"
   * instead of the kind's title, so it cannot be passed off as an issued document.
   */
  number: string | null
  /**
   * The date of issue (Rule 46(c)), and the PDF's CreationDate, so a re-render is identical. A
   * draft's last change.
   */
  issuedAt: Date
  /** IANA zone of the clinic, e.g. 'Asia/Kolkata': the date printed is the clinic's. */
  timeZone: string
  recipient: {
    name: string
    /** The clinic's patient number, for the front desk; not a GST particular. */
    reference: string | null
    /** Required for an unregistered recipient at ₹50,000 or more (Rule 46(e)). */
    address: string | null
    state: { name: string; code: string } | null
    /** A registered (B2B) recipient's GSTIN (Rule 46(d)). */
    gstin: string | null
  }
  lines: InvoiceDocumentLine[]
  totals: InvoiceTotals
  gstByRate: GstRateSummary[]
  notes: string | null
}
