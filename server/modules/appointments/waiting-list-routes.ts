import { createRoute, z } from '@hono/zod-openapi'
import {
  AddWaitingPatientSchema,
  ResolveWaitingSchema,
  WaitingDateQuerySchema,
  WaitingPatientSchema,
} from '../../../shared/contracts/appointments.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { IdParam, json, signedIn, TAG } from './route-parts.ts'
import { addToWaitingList, resolveWaiting, waitingEntry, waitingOn } from './waiting-list.ts'

const waitingListRoute = createRoute({
  method: 'get',
  path: '/',
  tags: [TAG],
  summary: 'The waiting list of a clinic-local day (waiting first, then resolved)',
  middleware: signedIn,
  request: { query: WaitingDateQuerySchema },
  responses: {
    200: { description: 'The waiting list of that day', ...json(z.array(WaitingPatientSchema)) },
    ...errorResponses(400, 401, 403),
  },
})

const addRoute = createRoute({
  method: 'post',
  path: '/',
  tags: [TAG],
  summary: 'Put a patient on the waiting list of a day',
  middleware: signedIn,
  request: { body: { required: true, ...json(AddWaitingPatientSchema) } },
  responses: {
    201: { description: 'The patient added to the waiting list', ...json(WaitingPatientSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const resolveRoute = createRoute({
  method: 'post',
  path: '/{id}/resolve',
  tags: [TAG],
  summary: 'Take a patient off the waiting list (booked, or gone home)',
  middleware: signedIn,
  request: { params: IdParam, body: { required: true, ...json(ResolveWaitingSchema) } },
  responses: {
    200: { description: 'The resolved waiting-list entry', ...json(WaitingPatientSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** Mounted at /waiting-list. */
export const waitingListRoutes = createRouter()
  .openapi(
    waitingListRoute,
    clinicRoute(waitingListRoute, { can: 'schedule.read' }, async (c, { tx }) => {
      return c.json(await waitingOn(tx, c.req.valid('query').date), 200)
    }),
  )
  .openapi(
    addRoute,
    clinicRoute(addRoute, { can: 'schedule.write' }, async (c, { tx, actor }) => {
      const input = c.req.valid('json')
      const { id } = await addToWaitingList(tx, actor, input)
      return c.json(await waitingEntry(tx, input.date, id), 201)
    }),
  )
  .openapi(
    resolveRoute,
    clinicRoute(resolveRoute, { can: 'schedule.write' }, async (c, { tx, now }) => {
      const { id } = c.req.valid('param')
      const resolved = await resolveWaiting(tx, id, c.req.valid('json').appointmentId, now)
      return c.json(await waitingEntry(tx, resolved.on_date, id), 200)
    }),
  )
