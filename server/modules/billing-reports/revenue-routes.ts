import { createRoute } from '@hono/zod-openapi'
import {
  RevenueQuery,
  RevenueSchema,
  TrendQuery,
  TrendSchema,
} from '../../../shared/contracts/revenue-reports.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { revenue } from './revenue.ts'
import { trend } from './trend.ts'

const TAGS = ['Billing reports']
const ACCESS =
  'Owners, admins and accountants (billing.reports); receptionists, doctors and assistants get 403.'

const revenueRoute = createRoute({
  method: 'get',
  path: '/reports/revenue',
  tags: TAGS,
  summary: 'Revenue of a date range per doctor and per procedure category',
  description: `Revenue without GST (taxable plus exempt value) of the invoices issued between from and to (both included, at most a year) less the credit notes issued then, by issue date in the clinic's time zone. A line from a plan item goes to the doctor who finished it and its catalogue category; a line typed at the desk is not attributed (doctor null, category ad_hoc). Both lists add up to the totals. Money in paise. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { query: RevenueQuery },
  responses: {
    200: { description: 'The revenue', ...json(RevenueSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const trendRoute = createRoute({
  method: 'get',
  path: '/reports/trend',
  tags: TAGS,
  summary: 'Collected, invoiced, credited and outstanding month by month',
  description: `The last months (1–24, 12 if left out) ending with the clinic's current month, in its time zone: received less refunded, invoice and credit-note totals issued, and what issued invoices still owed at each month's end. Money in paise. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { query: TrendQuery },
  responses: {
    200: { description: 'The months', ...json(TrendSchema) },
    ...errorResponses(400, 401, 403),
  },
})

/** Mounted at /billing: revenue per doctor and category, and the monthly trend (issue #12 item 7). */
export const revenueReportRoutes = createRouter()
  .openapi(
    revenueRoute,
    clinicRoute(revenueRoute, { can: 'billing.reports' }, async (c, { tx, zone }) =>
      c.json(await revenue(tx, zone, c.req.valid('query')), 200),
    ),
  )
  .openapi(
    trendRoute,
    clinicRoute(trendRoute, { can: 'billing.reports' }, async (c, { tx, zone, today }) =>
      c.json(await trend(tx, zone, today, c.req.valid('query').months), 200),
    ),
  )
