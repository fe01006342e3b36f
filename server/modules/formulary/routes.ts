import { createRoute } from '@hono/zod-openapi'
import {
  ClinicDrugListQuery,
  ClinicDrugListSchema,
  DrugCodeParam,
  DrugSearchQuery,
  DrugSearchSchema,
  EditClinicDrugSchema,
  FormularyDrugSchema,
  FormularyIdParam,
  NewClinicDrugSchema,
} from '../../../shared/contracts/formulary.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { addClinicDrug } from './add-clinic-drug.ts'
import { clinicDrugAsDrug, clinicDrugId } from './clinic-drug-shape.ts'
import { editClinicDrug } from './edit-clinic-drug.ts'
import { lookupDrugs } from './lookup-drugs.ts'
import { presentDrug } from './present.ts'
import { clinicDrugsByIds, clinicDrugsByName } from './queries.ts'
import { DEFAULT_LIMIT, searchDrugs } from './search-drugs.ts'

const tags = ['Formulary']
const READ = 'Clinical roles (clinical.read): owners, admins, doctors and assistants.'
const WRITE =
  'Owners, admins and doctors (clinical.write); others get 403, and the database refuses them too.'

const searchRoute = createRoute({
  method: 'get',
  path: '/drugs',
  tags,
  summary:
    "Type-ahead over the drug master and the clinic's items, the prescriber's favourites first",
  description: `q is a drug name typed on the pad, never patient data. ${READ}`,
  middleware: [sessionRequired],
  request: { query: DrugSearchQuery },
  responses: {
    200: { description: 'Hits', ...json(DrugSearchSchema) },
    ...errorResponses(400, 401, 403),
  },
})
const drugRoute = createRoute({
  method: 'get',
  path: '/drugs/{code}',
  tags,
  summary: "One drug of the master or of the clinic ('clinic:<uuid>')",
  description: READ,
  middleware: [sessionRequired],
  request: { params: DrugCodeParam },
  responses: {
    200: { description: 'The drug', ...json(FormularyDrugSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})
const clinicDrugsRoute = createRoute({
  method: 'get',
  path: '/clinic-drugs',
  tags,
  summary: "The clinic's own drug items, by name: live ones, or all with includeArchived=true",
  description: READ,
  middleware: [sessionRequired],
  request: { query: ClinicDrugListQuery },
  responses: {
    200: { description: 'Items', ...json(ClinicDrugListSchema) },
    ...errorResponses(401, 403),
  },
})
const addClinicDrugRoute = createRoute({
  method: 'post',
  path: '/clinic-drugs',
  tags,
  summary: 'Add a drug item of the clinic',
  description: `Classes must be the master's (the safety checks read them); 409 naming generic if a live item has the name. ${WRITE}`,
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(NewClinicDrugSchema) } },
  responses: {
    201: { description: 'The item', ...json(FormularyDrugSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})
const editClinicDrugRoute = createRoute({
  method: 'patch',
  path: '/clinic-drugs/{id}',
  tags,
  summary: 'Change or archive a drug item of the clinic',
  description: `Archived items are kept (old prescriptions name them) but no longer offered. ${WRITE}`,
  middleware: [sessionRequired],
  request: { params: FormularyIdParam, body: { required: true, ...json(EditClinicDrugSchema) } },
  responses: {
    200: { description: 'The item', ...json(FormularyDrugSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

export const drugRoutes = createRouter()
  .openapi(
    searchRoute,
    clinicRoute(searchRoute, { can: 'clinical.read' }, async (c, { tx }) => {
      const { q, limit } = c.req.valid('query')
      return c.json({ hits: await searchDrugs(tx, q ?? '', limit ?? DEFAULT_LIMIT) }, 200)
    }),
  )
  .openapi(
    drugRoute,
    clinicRoute(drugRoute, { can: 'clinical.read' }, async (c, { tx }) => {
      const { code } = c.req.valid('param')
      const clinicId = clinicDrugId(code)
      if (clinicId) {
        // The clinic's own item says whether it is archived (kept for old lines, not offered).
        const [row] = await clinicDrugsByIds(tx, [clinicId])
        if (!row) throw new AppError('not_found', 'formulary.drug_not_found')
        return c.json(presentDrug(clinicDrugAsDrug(row), row.is_archived), 200)
      }
      const drug = (await lookupDrugs(tx, [code])).get(code)
      if (!drug) throw new AppError('not_found', 'formulary.drug_not_found')
      return c.json(presentDrug(drug), 200)
    }),
  )
  .openapi(
    clinicDrugsRoute,
    clinicRoute(clinicDrugsRoute, { can: 'clinical.read' }, async (c, { tx }) => {
      const { includeArchived } = c.req.valid('query')
      const rows = await clinicDrugsByName(tx, { includeArchived: includeArchived === 'true' })
      return c.json(
        { drugs: rows.map((row) => presentDrug(clinicDrugAsDrug(row), row.is_archived)) },
        200,
      )
    }),
  )
  .openapi(
    addClinicDrugRoute,
    clinicRoute(addClinicDrugRoute, { can: 'clinical.write' }, async (c, { tx, actor }) => {
      const row = await addClinicDrug(tx, actor, c.req.valid('json'))
      return c.json(presentDrug(clinicDrugAsDrug(row)), 201)
    }),
  )
  .openapi(
    editClinicDrugRoute,
    clinicRoute(editClinicDrugRoute, { can: 'clinical.write' }, async (c, { tx, actor }) => {
      const row = await editClinicDrug(tx, actor, c.req.valid('param').id, c.req.valid('json'))
      return c.json(presentDrug(clinicDrugAsDrug(row), row.is_archived), 200)
    }),
  )
