import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from '../../http/router.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession } from '../auth/session-middleware.ts'
import { CreateExceptionSchema, ExceptionRangeQuery, ExceptionSchema } from './exception-schemas.ts'
import { createException, deleteException, listExceptions, presentException } from './exceptions.ts'
import { inClinic } from './in-clinic.ts'
import { TAG } from './route-parts.ts'
import { IdParam, json } from './schemas.ts'

export const exceptionRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/exceptions',
      tags: [TAG],
      summary: 'Leave and holidays touching the clinic-local days from..to (inclusive)',
      middleware: [requireSession()],
      request: { query: ExceptionRangeQuery },
      responses: {
        200: { description: 'The leave and holidays', ...json(z.array(ExceptionSchema)) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const range = c.req.valid('query')
      const rows = await inClinic(c, 'schedule.read', (tx) => listExceptions(tx, range))
      return c.json(rows.map(presentException), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/exceptions',
      tags: [TAG],
      summary: 'Record leave, a holiday or training (owner, admin)',
      description:
        'Whole days: from and to, clinic-local dates (inclusive). Part of a day: startsAt and endsAt, instants. doctorUserId null closes the whole clinic.',
      middleware: [requireSession()],
      request: { body: { required: true, ...json(CreateExceptionSchema) } },
      responses: {
        201: { description: 'The recorded exception', ...json(ExceptionSchema) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const input = c.req.valid('json')
      const row = await inClinic(c, 'schedule.configure', (tx, session) =>
        createException(tx, session, input),
      )
      return c.json(presentException(row), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/exceptions/{id}',
      tags: [TAG],
      summary: 'Remove leave or a holiday (owner, admin)',
      middleware: [requireSession()],
      request: { params: IdParam },
      responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      await inClinic(c, 'schedule.configure', (tx) => deleteException(tx, id))
      return c.body(null, 204)
    },
  )
