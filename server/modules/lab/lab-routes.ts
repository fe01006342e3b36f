import { createRoute } from '@hono/zod-openapi'
import {
  LabIdParam,
  LabListQuery,
  LabListSchema,
  LabPatchSchema,
  LabSchema,
  NewLabSchema,
} from '../../../shared/contracts/lab.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { addLab } from './add-lab.ts'
import { changeLab } from './change-lab.ts'
import { presentLab } from './present.ts'
import { findLabs } from './queries.ts'

const TAGS = ['Dental lab']

const listLabsRoute = createRoute({
  method: 'get',
  path: '/',
  tags: TAGS,
  summary: "The clinic's dental labs, by name (archived ones when asked)",
  description: 'Clinical roles (clinical.read) read; receptionists and accountants get 403.',
  middleware: [sessionRequired],
  request: { query: LabListQuery },
  responses: {
    200: { description: 'The labs', ...json(LabListSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const addLabRoute = createRoute({
  method: 'post',
  path: '/',
  tags: TAGS,
  summary: 'Add a dental lab',
  description: 'lab.manage: owners, admins, doctors, assistants. Names are unique (409).',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(NewLabSchema) } },
  responses: {
    201: { description: 'The lab', ...json(LabSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})

const changeLabRoute = createRoute({
  method: 'patch',
  path: '/{labId}',
  tags: TAGS,
  summary: "Change a lab's details, or archive or restore it (labs are never deleted)",
  description: 'lab.manage: owners, admins, doctors, assistants.',
  middleware: [sessionRequired],
  request: { params: LabIdParam, body: { required: true, ...json(LabPatchSchema) } },
  responses: {
    200: { description: 'The lab', ...json(LabSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** Mounted at /labs. */
export const labRoutes = createRouter()
  .openapi(
    listLabsRoute,
    clinicRoute(listLabsRoute, { can: 'clinical.read' }, async (c, { tx }) => {
      const labs = await findLabs(tx, c.req.valid('query').includeArchived === 'true')
      return c.json({ labs: labs.map(presentLab) }, 200)
    }),
  )
  .openapi(
    addLabRoute,
    clinicRoute(addLabRoute, { can: 'lab.manage' }, async (c, { tx, actor }) =>
      c.json(presentLab(await addLab(tx, actor, c.req.valid('json'))), 201),
    ),
  )
  .openapi(
    changeLabRoute,
    clinicRoute(changeLabRoute, { can: 'lab.manage' }, async (c, { tx, now }) => {
      const { labId } = c.req.valid('param')
      return c.json(presentLab(await changeLab(tx, labId, c.req.valid('json'), now)), 200)
    }),
  )
