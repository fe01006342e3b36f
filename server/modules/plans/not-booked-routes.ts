import { createRoute } from '@hono/zod-openapi'
import { NotBookedListSchema, NotBookedQuery } from '../../../shared/contracts/plans.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { notBookedPlans } from './not-booked.ts'

const notBookedRoute = createRoute({
  method: 'get',
  path: '/not-booked',
  tags: ['Treatment plans'],
  summary: 'Accepted but not booked: accepted treatment still to do, with no appointment to come',
  description:
    'Per plan: the patient, the doctor, the value left (after discounts, with GST), days since acceptance and the latest deferral; largest value first. Owners and admins see every patient; doctors and assistants their care teams’ (the database limits the rows).',
  middleware: [sessionRequired],
  request: { query: NotBookedQuery },
  responses: {
    200: {
      description: 'The list',
      content: { 'application/json': { schema: NotBookedListSchema } },
    },
    ...errorResponses(400, 401, 403),
  },
})

/** The accepted-but-not-booked list (mounted at /plans). */
export const notBookedRoutes = createRouter().openapi(
  notBookedRoute,
  clinicRoute(notBookedRoute, { can: 'clinical.read' }, async (c, { tx, zone, today }) =>
    c.json(await notBookedPlans(tx, { zone, today }, c.req.valid('query')), 200),
  ),
)
