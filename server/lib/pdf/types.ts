/**
 * What a clinic document is made of: the letterhead, and the estimate and acceptance of a
 * treatment plan (issue #11). The plans module builds these from its rows; server/lib/pdf renders
 * them. Money in integer paise, GST rates in basis points (shared/plans/estimate.ts).
 */
import type { Phase } from '../../../shared/contracts/plans.ts'
import type { EstimateTotals } from '../../../shared/plans/estimate.ts'

export interface Letterhead {
  clinicName: string
  /** Street lines, then "City, State PIN": already joined for print. */
  addressLines: string[]
  phone: string | null
  email: string | null
  gstin: string | null
  /** PNG or JPEG bytes of the clinic's logo, or null for none. */
  logoPng: Buffer | null
}

export interface EstimateDocumentLine {
  phase: Phase
  code: string
  name: string
  /** Where: "36 MO", "Upper arch", "Q1", or "" for a whole-mouth item. */
  site: string
  quantity: number
  unitPricePaise: number
  discountPaise: number
  netPaise: number
  taxable: boolean
  sacCode: string
  gstRateBp: number
  cgstPaise: number
  sgstPaise: number
  totalPaise: number
}

export interface EstimateDocument {
  language: 'en' | 'hi'
  letterhead: Letterhead
  /** Becomes the PDF's CreationDate and ModDate (so equal input gives equal bytes); shown as a date in timeZone. */
  issuedAt: Date
  /** IANA zone of the clinic, e.g. 'Asia/Kolkata'. */
  timeZone: string
  patient: { name: string; reference: string | null; ageSex: string | null }
  plan: { title: string; version: number; doctorName: string }
  lines: EstimateDocumentLine[]
  totals: EstimateTotals
  validityNote?: string
}

/** The estimate as signed. Its PDF's CreationDate and ModDate are `acceptance.acceptedAt`. */
export interface AcceptanceDocument extends EstimateDocument {
  acceptance: {
    signedBy: 'patient' | 'guardian'
    signerName: string
    /** The drawn signature as PNG bytes. */
    signaturePng: Buffer
    witnessName: string
    acceptedAt: Date
    /** Hex SHA-256 of the estimate PDF the patient saw. */
    estimateSha256: string
  }
}
