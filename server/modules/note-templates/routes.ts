import { createRoute } from '@hono/zod-openapi'
import {
  EditNoteTemplateSchema,
  NewNoteTemplateSchema,
  NoteTemplateIdParam,
  NoteTemplateListSchema,
  NoteTemplateSchema,
} from '../../../shared/contracts/note-templates.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { archiveTemplate } from './archive-template.ts'
import { createTemplate } from './create-template.ts'
import { editTemplate } from './edit-template.ts'
import { presentTemplate } from './present.ts'
import { liveTemplates } from './queries.ts'

const tags = ['Note templates']
const MANAGE =
  'Owners and admins (clinical.templates); others get 403, and the database refuses them too.'

const listRoute = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: "The clinic's note templates, by name (not the archived ones)",
  description: 'Clinical roles: owners, admins, doctors and assistants.',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'Templates', ...json(NoteTemplateListSchema) },
    ...errorResponses(401, 403),
  },
})
const createTemplateRoute = createRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Add a note template',
  description: `Prompts are written [[Label]]; 409 naming name if a template already has the name (ignoring case). ${MANAGE}`,
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(NewNoteTemplateSchema) } },
  responses: {
    201: { description: 'The template', ...json(NoteTemplateSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})
const editTemplateRoute = createRoute({
  method: 'put',
  path: '/{id}',
  tags,
  summary: 'Replace a note template’s name and text',
  description: `Notes already written from it keep their own text. ${MANAGE}`,
  middleware: [sessionRequired],
  request: {
    params: NoteTemplateIdParam,
    body: { required: true, ...json(EditNoteTemplateSchema) },
  },
  responses: {
    200: { description: 'The template', ...json(NoteTemplateSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})
const archiveRoute = createRoute({
  method: 'post',
  path: '/{id}/archive',
  tags,
  summary: 'Archive a note template (kept, no longer offered)',
  description: MANAGE,
  middleware: [sessionRequired],
  request: { params: NoteTemplateIdParam },
  responses: { 204: { description: 'Archived' }, ...errorResponses(400, 401, 403, 404) },
})

export const noteTemplateRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(listRoute, { can: 'clinical.read' }, async (c, { tx }) => {
      const rows = await liveTemplates(tx)
      return c.json({ templates: rows.map(presentTemplate) }, 200)
    }),
  )
  .openapi(
    createTemplateRoute,
    clinicRoute(createTemplateRoute, { can: 'clinical.templates' }, async (c, { tx, actor }) => {
      const row = await createTemplate(tx, actor, c.req.valid('json'))
      return c.json(presentTemplate(row), 201)
    }),
  )
  .openapi(
    editTemplateRoute,
    clinicRoute(editTemplateRoute, { can: 'clinical.templates' }, async (c, { tx, actor }) => {
      const row = await editTemplate(tx, actor, c.req.valid('param').id, c.req.valid('json'))
      return c.json(presentTemplate(row), 200)
    }),
  )
  .openapi(
    archiveRoute,
    clinicRoute(archiveRoute, { can: 'clinical.templates' }, async (c, { tx, actor }) => {
      await archiveTemplate(tx, actor, c.req.valid('param').id)
      return c.body(null, 204)
    }),
  )
