/**
 * The PDF service (ADR 0019): every document the clinic hands out is rendered here, with the
 * clinic's letterhead, Indian money and dates, and labels in the patient's language.
 */
export { type CertificateDocument, renderCertificatePdf } from './certificate-pdf.ts'
export { renderAcceptancePdf, renderEstimatePdf } from './estimate-pdf.ts'
export { renderInvoicePdf } from './invoice-pdf.ts'
export type { InvoiceDocument, InvoiceDocumentLine } from './invoice-types.ts'
export { renderCreditNotePdf, renderReceiptPdf } from './money-pdf.ts'
export type { CreditNoteDocument, ReceiptDocument } from './money-types.ts'
export {
  renderTreatmentConsentPdf,
  type SigningDoctor,
  type TreatmentConsentDocument,
} from './treatment-consent-pdf.ts'
export type {
  AcceptanceDocument,
  EstimateDocument,
  EstimateDocumentLine,
  Letterhead,
} from './types.ts'
