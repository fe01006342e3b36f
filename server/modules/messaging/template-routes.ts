import { createRoute } from '@hono/zod-openapi'
import { z } from 'zod'
import {
  MessageTemplateSchema,
  TemplateBodySchema,
  TemplateParamsSchema,
} from '../../../shared/contracts/messaging.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { resetTemplate, saveTemplate } from './save-template.ts'
import { messageTemplates } from './templates.ts'

const tags = ['Messaging']
const manage = { can: 'messaging.manage' } as const

const listRoute = createRoute({
  method: 'get',
  path: '/templates',
  tags,
  summary: 'The wording of every message kind in English and Hindi (the clinic’s or the default)',
  description: 'Owners and admins (messaging.manage).',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The templates', ...json(z.array(MessageTemplateSchema)) },
    ...errorResponses(401, 403),
  },
})

const saveRoute = createRoute({
  method: 'put',
  path: '/templates/{kind}/{language}',
  tags,
  summary: 'Use the clinic’s own wording for one message kind in one language',
  description:
    'Owners and admins (messaging.manage). Only the kind’s placeholders, {{clinic}} required, at most 1,024 characters. On Meta or a BSP, approve a template of the same name with the placeholders in the same order.',
  middleware: [sessionRequired],
  request: {
    params: TemplateParamsSchema,
    body: { required: true, ...json(TemplateBodySchema) },
  },
  responses: {
    200: {
      description: 'Every template, after the change',
      ...json(z.array(MessageTemplateSchema)),
    },
    ...errorResponses(400, 401, 403),
  },
})

const resetRoute = createRoute({
  method: 'delete',
  path: '/templates/{kind}/{language}',
  tags,
  summary: 'Go back to the shipped wording for one message kind in one language',
  description: 'Owners and admins (messaging.manage).',
  middleware: [sessionRequired],
  request: { params: TemplateParamsSchema },
  responses: {
    200: {
      description: 'Every template, after the change',
      ...json(z.array(MessageTemplateSchema)),
    },
    ...errorResponses(400, 401, 403),
  },
})

/** Mounted at /messaging. */
export const templateRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(listRoute, manage, async (c, { tx }) => c.json(await messageTemplates(tx), 200)),
  )
  .openapi(
    saveRoute,
    clinicRoute(saveRoute, manage, async (c, { tx, actor }) => {
      await saveTemplate(tx, actor, { ...c.req.valid('param'), ...c.req.valid('json') })
      return c.json(await messageTemplates(tx), 200)
    }),
  )
  .openapi(
    resetRoute,
    clinicRoute(resetRoute, manage, async (c, { tx }) => {
      await resetTemplate(tx, c.req.valid('param'))
      return c.json(await messageTemplates(tx), 200)
    }),
  )
