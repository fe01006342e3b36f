import { createRoute } from '@hono/zod-openapi'
import {
  EInvoiceParams,
  Gstr1Query,
  GstSummaryQuery,
  GstSummarySchema,
} from '../../../shared/contracts/billing-reports.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { recordEvent } from '../audit/index.ts'
import { exportGstr1 } from './export-gstr1.ts'
import { gstSummary } from './gst-summary.ts'
import { makeEInvoice } from './make-einvoice.ts'

const TAGS = ['Billing reports']
const ACCESS =
  'Owners, admins and accountants (billing.reports); receptionists, doctors and assistants get 403.'

const gstSummaryRoute = createRoute({
  method: 'get',
  path: '/reports/gst-summary',
  tags: TAGS,
  summary: 'GST summary of a date range: per rate, exempt value and totals',
  description: `Invoices and credit notes issued between from and to (both included, at most a year), by issue date in the clinic's time zone; per GST rate the taxable value, CGST, SGST and lines, the exempt value, totals and the net. Money in paise. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { query: GstSummaryQuery },
  responses: {
    200: { description: 'The summary', ...json(GstSummarySchema) },
    ...errorResponses(400, 401, 403),
  },
})

const gstr1Route = createRoute({
  method: 'get',
  path: '/reports/gstr1',
  tags: TAGS,
  summary: 'GSTR-1-ready export of a month or a quarter (JSON, or one section as CSV)',
  description: `period=YYYY-MM or YYYY-Q1…Q4 (financial-year quarter, Q1 = April–June). JSON in the GSTN offline tool's shape (b2b, b2cs, cdnr, cdnur, nil, hsn, doc_issue), amounts in rupees with 2 decimals; format=csv&section=b2b|b2cs|hsn|nil|docs|cdnr|cdnur gives one section as CSV. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { query: Gstr1Query },
  responses: {
    200: {
      description: 'The export',
      content: {
        'application/json': { schema: { type: 'object' } as const },
        'text/csv': { schema: { type: 'string' } as const },
      },
    },
    ...errorResponses(400, 401, 403),
  },
})

const eInvoiceRoute = createRoute({
  method: 'get',
  path: '/e-invoice/{invoiceId}',
  tags: TAGS,
  summary: 'NIC e-invoice JSON (INV-01 v1.1) of an issued B2B invoice',
  description: `For upload to the IRP: an issued tax invoice or invoice-cum-bill of supply from a registered clinic to a recipient with a GSTIN, with at least one taxable line. 409 with the reason otherwise. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: EInvoiceParams },
  responses: {
    200: {
      description: 'The INV-01 JSON',
      content: { 'application/json': { schema: { type: 'object' } as const } },
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

function download(body: string, contentType: string, filename: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentType,
      // The period or the invoice number only: names no patient.
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}

/** Mounted at /billing: the clinic's GST reports (issue #12 item 7). */
export const billingReportRoutes = createRouter()
  .openapi(
    gstSummaryRoute,
    clinicRoute(gstSummaryRoute, { can: 'billing.reports' }, async (c, { tx, zone }) =>
      c.json(await gstSummary(tx, zone, c.req.valid('query')), 200),
    ),
  )
  .openapi(
    gstr1Route,
    clinicRoute(gstr1Route, { can: 'billing.reports' }, async (c, { tx, zone }) => {
      const query = c.req.valid('query')
      const file = await exportGstr1(tx, zone, query)
      await recordEvent(tx, 'billing.gst_return_exported', {
        return: 'GSTR-1',
        period: query.period,
        format: query.format,
        ...(query.section ? { section: query.section } : {}),
      })
      return download(file.body, file.contentType, file.filename)
    }),
  )
  .openapi(
    eInvoiceRoute,
    clinicRoute(eInvoiceRoute, { can: 'billing.reports' }, async (c, { tx }) => {
      const { invoiceId } = c.req.valid('param')
      const made = await makeEInvoice(tx, invoiceId)
      await recordEvent(tx, 'billing.einvoice_exported', { invoiceId, number: made.number })
      // INV/26-27/0001 → e-invoice-INV-26-27-0001.json: a header-safe name of the number only.
      const filename = `e-invoice-${made.number.replace(/[^A-Za-z0-9-]+/g, '-')}.json`
      // The JSON text is written here (amounts as exact 2-decimal numbers, rupees.ts), not by
      // c.json, whose JSON.stringify would go through floats; hence the untyped Response.
      return download(made.body, 'application/json; charset=utf-8', filename) as never
    }),
  )
