import { createRoute } from '@hono/zod-openapi'
import {
  ConsentTemplateIdParam,
  ConsentTemplateListSchema,
  ConsentTemplateSchema,
  NewConsentTemplateSchema,
} from '../../../shared/contracts/treatment-consent.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { archiveTemplate, createTemplate, editTemplate } from './manage-templates.ts'
import { presentTemplate } from './present.ts'
import { liveTemplates } from './queries.ts'

const tags = ['Treatment consent forms']
const MANAGE =
  'Owners and admins (clinical.templates); others get 403, and the database refuses them too.'

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: "The clinic's treatment consent templates (not the archived ones)",
  description: 'Clinical roles: owners, admins, doctors and assistants.',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'Templates', ...json(ConsentTemplateListSchema) },
    ...errorResponses(401, 403),
  },
})
const createTemplateRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Add a treatment consent template',
  description: `Placeholders are written [[key]]; [[patient]], [[doctor]] and [[date]] are filled from the record. 409 naming title if a live template of the language has the title. ${MANAGE}`,
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(NewConsentTemplateSchema) } },
  responses: {
    201: { description: 'The template', ...json(ConsentTemplateSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})
const editTemplateRoute = createRoute({
  method: 'put',
  path: '/{templateId}',
  tags,
  summary: 'Replace a treatment consent template (its version goes up)',
  description: `Forms already filled keep their own text. ${MANAGE}`,
  middleware: [sessionRequired],
  request: {
    params: ConsentTemplateIdParam,
    body: { required: true, ...json(NewConsentTemplateSchema) },
  },
  responses: {
    200: { description: 'The template', ...json(ConsentTemplateSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const archiveRoute = createRoute({
  method: 'post',
  path: '/{templateId}/archive',
  tags,
  summary: 'Archive a treatment consent template',
  description: MANAGE,
  middleware: [sessionRequired],
  request: { params: ConsentTemplateIdParam },
  responses: { 204: { description: 'Archived' }, ...errorResponses(400, 401, 403, 404) },
})

/** Treatment consent templates (mounted at /treatment-consent-templates). */
export const consentTemplateRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(listRoute, { can: 'clinical.read' }, async (c, { tx }) =>
      c.json({ templates: (await liveTemplates(tx)).map(presentTemplate) }, 200),
    ),
  )
  .openapi(
    createTemplateRoute,
    clinicRoute(createTemplateRoute, { can: 'clinical.templates' }, async (c, { tx, actor }) =>
      c.json(presentTemplate(await createTemplate(tx, actor, c.req.valid('json'))), 201),
    ),
  )
  .openapi(
    editTemplateRoute,
    clinicRoute(editTemplateRoute, { can: 'clinical.templates' }, async (c, { tx, actor }) => {
      const { templateId } = c.req.valid('param')
      const row = await editTemplate(tx, actor, templateId, c.req.valid('json'))
      return c.json(presentTemplate(row), 200)
    }),
  )
  .openapi(
    archiveRoute,
    clinicRoute(archiveRoute, { can: 'clinical.templates' }, async (c, { tx, actor }) => {
      await archiveTemplate(tx, actor, c.req.valid('param').templateId)
      return c.body(null, 204)
    }),
  )
