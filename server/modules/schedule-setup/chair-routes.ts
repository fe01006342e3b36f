import { createRoute, z } from '@hono/zod-openapi'
import {
  ChairSchema,
  ChairsQuerySchema,
  CreateChairSchema,
  UpdateChairSchema,
} from '../../../shared/contracts/schedule.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { createChair, listChairs, presentChair, updateChair } from './chairs.ts'
import { IdParam, json, requiredJson, setupRoute } from './route-parts.ts'

const listChairsRoute = createRoute({
  ...setupRoute('get', '/chairs', 'Chairs (operatories), of one branch if given'),
  request: { query: ChairsQuerySchema },
  responses: {
    200: { description: 'The chairs', ...json(z.array(ChairSchema)) },
    ...errorResponses(400, 401, 403),
  },
})

const createChairRoute = createRoute({
  ...setupRoute(
    'post',
    '/chairs',
    'Add a chair (owner, admin)',
    'Without branchId the chair goes to the clinic’s first branch.',
  ),
  request: { body: requiredJson(CreateChairSchema) },
  responses: {
    201: { description: 'The new chair', ...json(ChairSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})

const updateChairRoute = createRoute({
  ...setupRoute('patch', '/chairs/{id}', 'Rename a chair or take it out of use (owner, admin)'),
  request: { params: IdParam, body: requiredJson(UpdateChairSchema) },
  responses: {
    200: { description: 'The changed chair', ...json(ChairSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

export const chairRoutes = createRouter()
  .openapi(
    listChairsRoute,
    clinicRoute(listChairsRoute, { can: 'schedule.read' }, async (c, { tx }) => {
      const chairs = await listChairs(tx, c.req.valid('query').branchId)
      return c.json(chairs.map(presentChair), 200)
    }),
  )
  .openapi(
    createChairRoute,
    clinicRoute(createChairRoute, { can: 'schedule.configure' }, async (c, { tx, actor }) => {
      const chair = await createChair(tx, actor, c.req.valid('json'))
      return c.json(presentChair(chair), 201)
    }),
  )
  .openapi(
    updateChairRoute,
    clinicRoute(updateChairRoute, { can: 'schedule.configure' }, async (c, { tx }) => {
      const chair = await updateChair(tx, c.req.valid('param').id, c.req.valid('json'))
      return c.json(presentChair(chair), 200)
    }),
  )
