import { z } from 'zod'

/**
 * The invoice PDF (server/modules/billing/pdf-routes.ts): the language of its labels. English or
 * Hindi, the languages server/lib/pdf prints; the patient's preferred language when left out.
 */
export const INVOICE_PDF_LANGUAGES = ['en', 'hi'] as const
export type InvoicePdfLanguage = (typeof INVOICE_PDF_LANGUAGES)[number]

export const InvoicePdfQuery = z.object({
  language: z.enum(INVOICE_PDF_LANGUAGES).optional(),
})
