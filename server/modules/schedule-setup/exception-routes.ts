import { createRoute, z } from '@hono/zod-openapi'
import {
  CreateExceptionSchema,
  ExceptionRangeQuerySchema,
  ScheduleExceptionSchema,
} from '../../../shared/contracts/schedule.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { createException, deleteException, listExceptions, presentException } from './exceptions.ts'
import { IdParam, json, requiredJson, setupRoute } from './route-parts.ts'

const listExceptionsRoute = createRoute({
  ...setupRoute(
    'get',
    '/exceptions',
    'Leave and holidays touching the clinic-local days from..to (inclusive)',
  ),
  request: { query: ExceptionRangeQuerySchema },
  responses: {
    200: { description: 'The leave and holidays', ...json(z.array(ScheduleExceptionSchema)) },
    ...errorResponses(400, 401, 403),
  },
})

const createExceptionRoute = createRoute({
  ...setupRoute(
    'post',
    '/exceptions',
    'Record leave, a holiday or training (owner, admin)',
    'Whole days: from and to, clinic-local dates (inclusive). Part of a day: startsAt and endsAt, instants. doctorUserId null closes the whole clinic.',
  ),
  request: { body: requiredJson(CreateExceptionSchema) },
  responses: {
    201: { description: 'The recorded exception', ...json(ScheduleExceptionSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const deleteExceptionRoute = createRoute({
  ...setupRoute('delete', '/exceptions/{id}', 'Remove leave or a holiday (owner, admin)'),
  request: { params: IdParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404) },
})

export const exceptionRoutes = createRouter()
  .openapi(
    listExceptionsRoute,
    clinicRoute(listExceptionsRoute, { can: 'schedule.read' }, async (c, { tx, zone }) => {
      const rows = await listExceptions(tx, zone, c.req.valid('query'))
      return c.json(rows.map(presentException), 200)
    }),
  )
  .openapi(
    createExceptionRoute,
    clinicRoute(
      createExceptionRoute,
      { can: 'schedule.configure' },
      async (c, { tx, actor, zone }) => {
        const row = await createException(tx, actor, zone, c.req.valid('json'))
        return c.json(presentException(row), 201)
      },
    ),
  )
  .openapi(
    deleteExceptionRoute,
    clinicRoute(deleteExceptionRoute, { can: 'schedule.configure' }, async (c, { tx }) => {
      await deleteException(tx, c.req.valid('param').id)
      return c.body(null, 204)
    }),
  )
