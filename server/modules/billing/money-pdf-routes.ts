import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import { InvoicePdfQuery } from '../../../shared/contracts/invoice-pdf.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { pdfResponse } from '../../http/pdf-response.ts'
import { createRouter } from '../../http/router.ts'
import { letterheadOf } from '../clinic/index.ts'
import { creditNotePdf, receiptPdf } from './money-document.ts'
import { ACCESS, TAGS } from './respond.ts'

const PDF = {
  description: 'The PDF',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } as const } },
}

const receiptPdfRoute = createRoute({
  method: 'get',
  path: '/{id}/payments/{paymentId}/pdf',
  tags: TAGS,
  summary: 'The receipt of a payment as a PDF',
  description: `In English or Hindi (the patient's preferred language if not given): the ways it was paid with their references, what it paid and what was held as an advance, in figures and words. Recorded in the audit log. ${ACCESS}`,
  middleware: [sessionRequired],
  request: {
    params: z.object({ id: z.uuid(), paymentId: z.uuid() }),
    query: InvoicePdfQuery,
  },
  responses: { 200: PDF, ...errorResponses(400, 401, 403, 404) },
})

const creditNotePdfRoute = createRoute({
  method: 'get',
  path: '/{id}/credit-notes/{creditNoteId}/pdf',
  tags: TAGS,
  summary: 'A credit note as a PDF (CGST Rule 53(1A))',
  description: `Citing the invoice's number and date, with the value and tax credited per line. Recorded in the audit log. ${ACCESS}`,
  middleware: [sessionRequired],
  request: {
    params: z.object({ id: z.uuid(), creditNoteId: z.uuid() }),
    query: InvoicePdfQuery,
  },
  responses: { 200: PDF, ...errorResponses(400, 401, 403, 404) },
})

/** Mounted at /patients: receipts and credit notes as PDFs (issue #12 item 6). */
export const moneyPdfRoutes = createRouter()
  .openapi(
    receiptPdfRoute,
    clinicRoute(receiptPdfRoute, { can: 'billing.read' }, async (c, { tx, zone, today }) => {
      const { id, paymentId } = c.req.valid('param')
      const { storage } = c.var.deps
      const tools = { letterhead: () => letterheadOf(tx, storage), zone, today }
      return pdfResponse(await receiptPdf(tx, tools, id, paymentId, c.req.valid('query').language))
    }),
  )
  .openapi(
    creditNotePdfRoute,
    clinicRoute(creditNotePdfRoute, { can: 'billing.read' }, async (c, { tx, zone, today }) => {
      const { id, creditNoteId } = c.req.valid('param')
      const { storage } = c.var.deps
      const tools = { letterhead: () => letterheadOf(tx, storage), zone, today }
      return pdfResponse(
        await creditNotePdf(tx, tools, id, creditNoteId, c.req.valid('query').language),
      )
    }),
  )
