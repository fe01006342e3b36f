/**
 * What the money documents are made of (issue #12 item 6): the receipt of a payment and the
 * credit note against an invoice. The billing module builds them from stored documents;
 * server/lib/pdf renders them. Money in integer paise, rates in basis points.
 */
import type { Letterhead } from './types.ts'

export type PdfLanguage = 'en' | 'hi'
export type TenderMode = 'cash' | 'upi' | 'card' | 'bank_transfer' | 'cheque'

interface MoneyDocumentBase {
  language: PdfLanguage
  letterhead: Letterhead
  supplierLegalName: string | null
  /** RCT/26-27/0001, CN/26-27/0001: consecutive in its series (Rules 46(b), 53(1A)(b)). */
  number: string
  /** The date of the document and the PDF's CreationDate, so a re-render is identical. */
  issuedAt: Date
  timeZone: string
  recipient: { name: string; reference: string | null; gstin: string | null }
}

/** A receipt: the money received, how, and what it paid (Rule 50 for advances). */
export interface ReceiptDocument extends MoneyDocumentBase {
  amountPaise: number
  tenders: Array<{ mode: TenderMode; amountPaise: number; reference: string | null }>
  allocations: Array<{ invoiceNumber: string; amountPaise: number }>
  /** Held on the patient's account for later treatment. */
  advancePaise: number
  notes: string | null
}

/** A credit note (CGST Act s.34, Rule 53(1A)), citing the invoice's number and date. */
export interface CreditNoteDocument extends MoneyDocumentBase {
  supplierGstin: string | null
  invoiceNumber: string
  invoiceIssuedAt: Date
  reason: 'cancellation' | 'discount' | 'deficiency' | 'other'
  note: string | null
  lines: Array<{
    description: string
    sacCode: string
    gstRateBp: number
    taxableValuePaise: number
    cgstPaise: number
    sgstPaise: number
    totalPaise: number
  }>
  totals: {
    taxableValuePaise: number
    exemptValuePaise: number
    cgstPaise: number
    sgstPaise: number
    roundOffPaise: number
    totalPaise: number
  }
}
