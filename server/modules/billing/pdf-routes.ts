import { createRoute } from '@hono/zod-openapi'
import { InvoiceParams } from '../../../shared/contracts/billing.ts'
import { InvoicePdfQuery } from '../../../shared/contracts/invoice-pdf.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { pdfResponse } from '../../http/pdf-response.ts'
import { createRouter } from '../../http/router.ts'
import { letterheadOf } from '../clinic/index.ts'
import { invoicePdf } from './invoice-document.ts'
import { ACCESS, TAGS } from './respond.ts'

const invoicePdfRoute = createRoute({
  method: 'get',
  path: '/{id}/invoices/{invoiceId}/pdf',
  tags: TAGS,
  summary: 'The invoice as a PDF: tax invoice, bill of supply or invoice-cum-bill of supply',
  description: `In English or Hindi (the patient's preferred language if not given), with the clinic's letterhead and every particular of CGST Rules 46, 46A and 49. A draft prints as "Draft — not a tax invoice", without a number. The same invoice in the same language gives the same bytes. Recorded in the audit log. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: InvoiceParams, query: InvoicePdfQuery },
  responses: {
    200: {
      description: 'The PDF',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } as const } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** Mounted at /patients: the PDF of a patient's invoice (issue #12). */
export const invoicePdfRoutes = createRouter().openapi(
  invoicePdfRoute,
  clinicRoute(invoicePdfRoute, { can: 'billing.read' }, async (c, { tx, zone }) => {
    const { id, invoiceId } = c.req.valid('param')
    const { storage } = c.var.deps
    const pdf = await invoicePdf(
      tx,
      { letterhead: () => letterheadOf(tx, storage), zone },
      id,
      invoiceId,
      c.req.valid('query').language,
    )
    return pdfResponse(pdf)
  }),
)
