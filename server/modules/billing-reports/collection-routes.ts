import { createRoute } from '@hono/zod-openapi'
import {
  DayEndQuery,
  DayEndSchema,
  OutstandingSchema,
} from '../../../shared/contracts/collection-reports.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { dayEnd } from './day-end.ts'
import { outstanding } from './outstanding.ts'

const TAGS = ['Billing reports']
const ACCESS =
  'Owners, admins and accountants (billing.reports); receptionists, doctors and assistants get 403.'

const dayEndRoute = createRoute({
  method: 'get',
  path: '/reports/day-end',
  tags: TAGS,
  summary:
    'Day-end collection: money received by mode and by person, refunds, and the day’s invoices and credit notes',
  description: `One clinic day (today when no date is given), in the clinic's time zone. Money in paise. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { query: DayEndQuery },
  responses: {
    200: { description: 'The day', ...json(DayEndSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const outstandingRoute = createRoute({
  method: 'get',
  path: '/reports/outstanding',
  tags: TAGS,
  summary: 'What patients owe today, with ageing buckets (0–30, 31–60, 61–90, 90+ days)',
  description: `Every issued invoice with something due (total less credit notes less payments), by patient, aged by days since issue. Money in paise. ${ACCESS}`,
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The outstanding list', ...json(OutstandingSchema) },
    ...errorResponses(401, 403),
  },
})

export const collectionReportRoutes = createRouter()
  .openapi(
    dayEndRoute,
    clinicRoute(dayEndRoute, { can: 'billing.reports' }, async (c, { tx, zone, today }) => {
      const { date } = c.req.valid('query')
      return c.json(await dayEnd(tx, date ?? today, zone), 200)
    }),
  )
  .openapi(
    outstandingRoute,
    clinicRoute(outstandingRoute, { can: 'billing.reports' }, async (c, { tx, zone, today }) => {
      return c.json(await outstanding(tx, today, zone), 200)
    }),
  )
