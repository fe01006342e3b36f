import { createRoute, z } from '@hono/zod-openapi'
import {
  CreateRecallRuleSchema,
  RecallRuleSchema,
  UpdateRecallRuleSchema,
} from '../../../shared/contracts/schedule.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import {
  createRecallRule,
  listRecallRules,
  presentRecallRule,
  updateRecallRule,
} from './recall-rules.ts'
import { IdParam, json, requiredJson, setupRoute } from './route-parts.ts'

const listRulesRoute = createRoute({
  ...setupRoute(
    'get',
    '/recall-rules',
    'Recall rules: a visit is due so many months after the last one',
  ),
  responses: {
    200: { description: 'The recall rules', ...json(z.array(RecallRuleSchema)) },
    ...errorResponses(401, 403),
  },
})

const createRuleRoute = createRoute({
  ...setupRoute('post', '/recall-rules', 'Add a recall rule (owner, admin)'),
  request: { body: requiredJson(CreateRecallRuleSchema) },
  responses: {
    201: { description: 'The new recall rule', ...json(RecallRuleSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const updateRuleRoute = createRoute({
  ...setupRoute(
    'patch',
    '/recall-rules/{id}',
    'Change a recall rule or turn it off (owner, admin)',
  ),
  request: { params: IdParam, body: requiredJson(UpdateRecallRuleSchema) },
  responses: {
    200: { description: 'The changed recall rule', ...json(RecallRuleSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

export const recallRuleRoutes = createRouter()
  .openapi(
    listRulesRoute,
    clinicRoute(listRulesRoute, { can: 'schedule.read' }, async (c, { tx }) => {
      const rules = await listRecallRules(tx)
      return c.json(rules.map(presentRecallRule), 200)
    }),
  )
  .openapi(
    createRuleRoute,
    clinicRoute(createRuleRoute, { can: 'schedule.configure' }, async (c, { tx, actor }) => {
      const rule = await createRecallRule(tx, actor, c.req.valid('json'))
      return c.json(presentRecallRule(rule), 201)
    }),
  )
  .openapi(
    updateRuleRoute,
    clinicRoute(updateRuleRoute, { can: 'schedule.configure' }, async (c, { tx }) => {
      const rule = await updateRecallRule(tx, c.req.valid('param').id, c.req.valid('json'))
      return c.json(presentRecallRule(rule), 200)
    }),
  )
