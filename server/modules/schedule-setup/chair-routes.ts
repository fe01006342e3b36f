import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from '../../http/router.ts'
import { errorResponses } from '../auth/schemas.ts'
import { createChair, listChairs, presentChair, updateChair } from './chairs.ts'
import { inClinic } from './in-clinic.ts'
import { requiredJson, setupRoute } from './route-parts.ts'
import { CHANGE_SOMETHING, changesSomething, IdParam, json, name } from './schemas.ts'

const ChairSchema = z
  .object({ id: z.uuid(), branchId: z.uuid(), name: z.string(), isActive: z.boolean() })
  .openapi('Chair')
const CreateChair = z
  .object({ branchId: z.uuid().optional(), name: name(50) })
  .openapi('CreateChair')
const UpdateChair = z
  .object({ name: name(50).optional(), isActive: z.boolean().optional() })
  .refine(changesSomething, CHANGE_SOMETHING)
  .openapi('UpdateChair')

export const chairRoutes = createRouter()
  .openapi(
    createRoute({
      ...setupRoute('get', '/chairs', 'Chairs (operatories), of one branch if given'),
      request: { query: z.object({ branchId: z.uuid().optional() }) },
      responses: {
        200: { description: 'The chairs', ...json(z.array(ChairSchema)) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const { branchId } = c.req.valid('query')
      const chairs = await inClinic(c, 'schedule.read', (tx) => listChairs(tx, branchId))
      return c.json(chairs.map(presentChair), 200)
    },
  )
  .openapi(
    createRoute({
      ...setupRoute(
        'post',
        '/chairs',
        'Add a chair (owner, admin)',
        'Without branchId the chair goes to the clinic’s first branch.',
      ),
      request: { body: requiredJson(CreateChair) },
      responses: {
        201: { description: 'The new chair', ...json(ChairSchema) },
        ...errorResponses(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const input = c.req.valid('json')
      const chair = await inClinic(c, 'schedule.configure', (tx, session) =>
        createChair(tx, session, input),
      )
      return c.json(presentChair(chair), 201)
    },
  )
  .openapi(
    createRoute({
      ...setupRoute('patch', '/chairs/{id}', 'Rename a chair or take it out of use (owner, admin)'),
      request: { params: IdParam, body: requiredJson(UpdateChair) },
      responses: {
        200: { description: 'The changed chair', ...json(ChairSchema) },
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const input = c.req.valid('json')
      const chair = await inClinic(c, 'schedule.configure', (tx) => updateChair(tx, id, input))
      return c.json(presentChair(chair), 200)
    },
  )
