import { createRoute } from '@hono/zod-openapi'
import { InvoiceListPageSchema, InvoiceListQuery } from '../../../shared/contracts/invoice-list.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { listInvoices } from './list-invoices.ts'
import { TAGS } from './respond.ts'

const listInvoicesRoute = createRoute({
  method: 'get',
  path: '/invoices',
  tags: TAGS,
  summary: "The clinic's invoices, newest first, with filters",
  description:
    "Drafts and issued invoices across patients: number (null for a draft), the clinic's day of issue, kind, the patient's id and name, total, credited, paid and due in paise. Filter by status, kind, a range of days (inclusive) and a number or its beginning; a page at a time (limit up to 100, then nextCursor). Owners, admins, receptionists and accountants (billing.read); doctors and assistants get 403.",
  middleware: [sessionRequired],
  request: { query: InvoiceListQuery },
  responses: {
    200: { description: 'A page of invoices', ...json(InvoiceListPageSchema) },
    ...errorResponses(400, 401, 403),
  },
})

/** Mounted at /billing: the front desk's and the accountant's invoices list (issue #12, item 9). */
export const invoiceListRoutes = createRouter().openapi(
  listInvoicesRoute,
  clinicRoute(listInvoicesRoute, { can: 'billing.read' }, async (c, { tx, zone }) => {
    return c.json(await listInvoices(tx, c.req.valid('query'), zone), 200)
  }),
)
