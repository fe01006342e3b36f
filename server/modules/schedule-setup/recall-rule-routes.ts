import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from '../../http/router.ts'
import { errorResponses } from '../auth/schemas.ts'
import { inClinic } from './in-clinic.ts'
import {
  createRecallRule,
  listRecallRules,
  presentRecallRule,
  updateRecallRule,
} from './recall-rules.ts'
import { itemSchema, requiredJson, setupRoute, updateSchema } from './route-parts.ts'
import { IdParam, json, name } from './schemas.ts'

const Fields = {
  name: name(80).openapi({ example: 'Six-monthly check-up' }),
  intervalMonths: z.number().int().min(1).max(60).openapi({ example: 6 }),
  afterTypeId: z.uuid().nullable().openapi({
    description: 'The appointment type whose completion starts the clock; null: any visit',
  }),
}
const RecallRuleSchema = itemSchema(Fields, 'RecallRule')
const CreateRecallRule = z
  .object({ ...Fields, afterTypeId: Fields.afterTypeId.optional() })
  .openapi('CreateRecallRule')

export const recallRuleRoutes = createRouter()
  .openapi(
    createRoute({
      ...setupRoute(
        'get',
        '/recall-rules',
        'Recall rules: a visit is due so many months after the last one',
      ),
      responses: {
        200: { description: 'The recall rules', ...json(z.array(RecallRuleSchema)) },
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      const rules = await inClinic(c, 'schedule.read', listRecallRules)
      return c.json(rules.map(presentRecallRule), 200)
    },
  )
  .openapi(
    createRoute({
      ...setupRoute('post', '/recall-rules', 'Add a recall rule (owner, admin)'),
      request: { body: requiredJson(CreateRecallRule) },
      responses: {
        201: { description: 'The new recall rule', ...json(RecallRuleSchema) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const input = c.req.valid('json')
      const rule = await inClinic(c, 'schedule.configure', (tx, session) =>
        createRecallRule(tx, session, input),
      )
      return c.json(presentRecallRule(rule), 201)
    },
  )
  .openapi(
    createRoute({
      ...setupRoute(
        'patch',
        '/recall-rules/{id}',
        'Change a recall rule or turn it off (owner, admin)',
      ),
      request: { params: IdParam, body: requiredJson(updateSchema(Fields, 'UpdateRecallRule')) },
      responses: {
        200: { description: 'The changed recall rule', ...json(RecallRuleSchema) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const input = c.req.valid('json')
      const rule = await inClinic(c, 'schedule.configure', (tx) => updateRecallRule(tx, id, input))
      return c.json(presentRecallRule(rule), 200)
    },
  )
