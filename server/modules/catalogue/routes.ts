import { createRoute } from '@hono/zod-openapi'
import {
  ListProceduresQuery,
  NewProcedureSchema,
  ProcedureIdParam,
  ProcedureListSchema,
  ProcedurePatchSchema,
  ProcedureSchema,
} from '../../../shared/contracts/catalogue.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { can } from '../access/index.ts'
import { addProcedure } from './add-procedure.ts'
import { changeProcedure } from './change-procedure.ts'
import { presentProcedure } from './present.ts'
import { listProcedures, procedureById } from './queries.ts'

const READ =
  'Owners, admins, doctors (who plan from it), receptionists and accountants; assistants get 403, and the database refuses them too.'
const MANAGE =
  'Owners and admins (catalogue.manage); others get 403, and the database refuses them too.'

const listRoute = createRoute({
  method: 'get',
  path: '/procedures',
  tags: ['Catalogue'],
  summary: 'The clinic’s procedure catalogue (price list)',
  description: `Live items by category and code; includeArchived=true adds archived ones (owners and admins only). ${READ}`,
  middleware: [sessionRequired],
  request: { query: ListProceduresQuery },
  responses: {
    200: { description: 'The catalogue', ...json(ProcedureListSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const oneRoute = createRoute({
  method: 'get',
  path: '/procedures/{procedureId}',
  tags: ['Catalogue'],
  summary: 'One catalogue item, live or archived',
  description: READ,
  middleware: [sessionRequired],
  request: { params: ProcedureIdParam },
  responses: {
    200: { description: 'The item', ...json(ProcedureSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const addRoute = createRoute({
  method: 'post',
  path: '/procedures',
  tags: ['Catalogue'],
  summary: 'Add a procedure to the catalogue (owner, admin)',
  description: `Price in integer paise; GST rate in basis points (500 = 5%), 0 when exempt. Tooth applicability, surfaces and chart kind only for per-tooth and per-surface pricing. A live item's code is unique (409 naming code). ${MANAGE}`,
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(NewProcedureSchema) } },
  responses: {
    201: { description: 'The new item', ...json(ProcedureSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})

const changeRoute = createRoute({
  method: 'patch',
  path: '/procedures/{procedureId}',
  tags: ['Catalogue'],
  summary: 'Change a catalogue item, or archive it (owner, admin)',
  description: `Any fields; isArchived archives the item (it is never deleted) or brings it back. Plans already made keep the price they were made with. ${MANAGE}`,
  middleware: [sessionRequired],
  request: { params: ProcedureIdParam, body: { required: true, ...json(ProcedurePatchSchema) } },
  responses: {
    200: { description: 'The changed item', ...json(ProcedureSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

// Reading needs catalogue.read; every role with clinical.write (owner, admin, doctor) has it,
// so the database's "catalogue.read OR clinical.write" policy and this check agree.
export const catalogueRoutes = createRouter()
  .openapi(
    listRoute,
    clinicRoute(listRoute, { can: 'catalogue.read' }, async (c, { tx, actor }) => {
      const includeArchived = c.req.valid('query').includeArchived === 'true'
      // Archived items matter only to whoever keeps the list.
      if (includeArchived && !can(actor.role, 'catalogue.manage')) {
        throw new AppError('forbidden', 'access.role')
      }
      const rows = await listProcedures(tx, { includeArchived })
      return c.json({ procedures: rows.map(presentProcedure) }, 200)
    }),
  )
  .openapi(
    oneRoute,
    clinicRoute(oneRoute, { can: 'catalogue.read' }, async (c, { tx }) => {
      const row = await procedureById(tx, c.req.valid('param').procedureId)
      if (!row) throw new AppError('not_found', 'catalogue.not_found')
      return c.json(presentProcedure(row), 200)
    }),
  )
  .openapi(
    addRoute,
    clinicRoute(addRoute, { can: 'catalogue.manage' }, async (c, { tx, actor }) => {
      const row = await addProcedure(tx, actor, c.req.valid('json'))
      return c.json(presentProcedure(row), 201)
    }),
  )
  .openapi(
    changeRoute,
    clinicRoute(changeRoute, { can: 'catalogue.manage' }, async (c, { tx, actor }) => {
      const { procedureId } = c.req.valid('param')
      const row = await changeProcedure(tx, actor, procedureId, c.req.valid('json'))
      return c.json(presentProcedure(row), 200)
    }),
  )
