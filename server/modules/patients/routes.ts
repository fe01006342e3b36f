import { createRoute, z } from '@hono/zod-openapi'
import {
  CreatePatientSchema,
  DuplicateQuerySchema,
  ListQuerySchema,
  MergePatientsSchema,
  OpenedPatientSchema,
  PatientIdParam,
  PatientListSchema,
  PatientSchema,
  PatientSummarySchema,
  RegisteredPatientSchema,
  SearchSchema,
  UpdatePatientSchema,
} from '../../../shared/contracts/patients.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { listPatients } from './list-patients.ts'
import { mergePatients } from './merge-patients.ts'
import { openPatient } from './open-patient.ts'
import { presentListItem, presentPatient, presentSummary } from './present.ts'
import { findPatientRecord, findPossibleDuplicates } from './queries.ts'
import { registerPatient } from './register-patient.ts'
import { searchPatients } from './search-patients.ts'
import { updatePatient } from './update-patient.ts'

const TAGS = ['Patients']
const summaries = { description: 'The matching patients', ...json(z.array(PatientSummarySchema)) }

const registerRoute = createRoute({
  method: 'post',
  path: '/',
  tags: TAGS,
  summary: 'Register a patient',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(CreatePatientSchema) } },
  responses: {
    201: {
      description: 'The registered patient, with possible duplicates',
      ...json(RegisteredPatientSchema),
    },
    ...errorResponses(400, 401, 403),
  },
})

const searchByQueryRoute = createRoute({
  method: 'get',
  path: '/',
  tags: TAGS,
  summary: 'Type-ahead search by name, phone or patient number',
  description:
    'Query strings are never logged. Browsers should prefer POST /patients/search, which keeps the search term out of the URL.',
  middleware: [sessionRequired],
  request: { query: SearchSchema },
  responses: { 200: summaries, ...errorResponses(400, 401, 403) },
})

const searchRoute = createRoute({
  method: 'post',
  path: '/search',
  tags: TAGS,
  summary: 'Search, with the term in the body (kept out of URLs)',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(SearchSchema) } },
  responses: { 200: summaries, ...errorResponses(400, 401, 403) },
})

const duplicatesRoute = createRoute({
  method: 'post',
  path: '/duplicates',
  tags: TAGS,
  summary: 'Possible duplicates while registering',
  description: 'Same phone number, or a similar name with the same date of birth.',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(DuplicateQuerySchema) } },
  responses: {
    200: { description: 'The possible duplicates', ...json(z.array(PatientSummarySchema)) },
    ...errorResponses(400, 401, 403),
  },
})

const listRoute = createRoute({
  method: 'get',
  path: '/list',
  tags: TAGS,
  summary: 'Patients, most recently seen or registered first, a page at a time',
  description: 'pageSize is at most 50. The query string carries only page numbers.',
  middleware: [sessionRequired],
  request: { query: ListQuerySchema },
  responses: {
    200: { description: 'One page of patients', ...json(PatientListSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const openRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags: TAGS,
  summary: 'Open a patient (recorded in the audit log)',
  description:
    'For clinical roles with access to this patient, `alerts` lists allergies, critical conditions and blood thinners from the medical history; for others it is null.',
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The patient', ...json(OpenedPatientSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const mergeRoute = createRoute({
  method: 'post',
  path: '/{id}/merge',
  tags: TAGS,
  summary: 'Merge a duplicate record into this one (audited)',
  description:
    'For the same person registered twice. This record keeps its details and fills blanks from the duplicate; documents, care team and medical history move here (allergy, condition and medicine lists are joined); consent events stay on the duplicate and count for this record. The duplicate remains, marked as merged (its mergedIntoId points here), and no longer appears in search.',
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(MergePatientsSchema) } },
  responses: {
    200: {
      description: 'The record kept, with the duplicate merged into it',
      ...json(PatientSchema),
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

const updateRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: TAGS,
  summary: "Change a patient's details",
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(UpdatePatientSchema) } },
  responses: {
    200: { description: 'The changed patient', ...json(PatientSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const read = { can: 'patient.read', needs: ['cipher'] } as const
const write = { can: 'patient.write', needs: ['cipher'] } as const

export const patientRoutes = createRouter()
  .openapi(
    registerRoute,
    clinicRoute(registerRoute, write, async (c, { tx, actor, cipher, today }) => {
      const input = c.req.valid('json')
      const row = await registerPatient(tx, actor, cipher, input, today)
      const candidate = { ...input, dateOfBirth: row.date_of_birth }
      const duplicates = await findPossibleDuplicates(tx, cipher, candidate, row.id)
      const possibleDuplicates = duplicates.map((duplicate) =>
        presentSummary(presentPatient(duplicate, cipher, today)),
      )
      return c.json({ ...presentPatient(row, cipher, today), possibleDuplicates }, 201)
    }),
  )
  .openapi(
    searchByQueryRoute,
    clinicRoute(searchByQueryRoute, read, async (c, { tx, cipher, today }) => {
      const { q, limit } = c.req.valid('query')
      const rows = await searchPatients(tx, cipher, q, limit)
      return c.json(
        rows.map((row) => presentSummary(presentPatient(row, cipher, today))),
        200,
      )
    }),
  )
  .openapi(
    searchRoute,
    clinicRoute(searchRoute, read, async (c, { tx, cipher, today }) => {
      const { q, limit } = c.req.valid('json')
      const rows = await searchPatients(tx, cipher, q, limit)
      return c.json(
        rows.map((row) => presentSummary(presentPatient(row, cipher, today))),
        200,
      )
    }),
  )
  .openapi(
    duplicatesRoute,
    clinicRoute(duplicatesRoute, read, async (c, { tx, cipher, today }) => {
      const rows = await findPossibleDuplicates(tx, cipher, c.req.valid('json'))
      return c.json(
        rows.map((row) => presentSummary(presentPatient(row, cipher, today))),
        200,
      )
    }),
  )
  .openapi(
    listRoute,
    clinicRoute(listRoute, read, async (c, { tx, actor, cipher, today, now }) => {
      const { page, pageSize } = c.req.valid('query')
      const { rows, total } = await listPatients(tx, actor, { page, pageSize, now })
      const items = rows.map((row) => presentListItem(row, cipher, today))
      return c.json({ items, page, pageSize, total }, 200)
    }),
  )
  .openapi(
    openRoute,
    clinicRoute(openRoute, read, async (c, { tx, actor, cipher, today, clinicalAll }) => {
      const scope = { actor, cipher, today, clinicalAll }
      return c.json(await openPatient(tx, scope, c.req.valid('param').id), 200)
    }),
  )
  .openapi(
    mergeRoute,
    clinicRoute(
      mergeRoute,
      { can: 'patient.merge', needs: ['cipher'] },
      async (c, { tx, actor, cipher, today }) => {
        const { id } = c.req.valid('param')
        await mergePatients(tx, actor, cipher, id, c.req.valid('json').duplicateId)
        const row = await findPatientRecord(tx, id)
        if (!row) throw new AppError('not_found', 'patient.not_found')
        return c.json(presentPatient(row, cipher, today), 200)
      },
    ),
  )
  .openapi(
    updateRoute,
    clinicRoute(updateRoute, write, async (c, { tx, actor, cipher, today }) => {
      const { id } = c.req.valid('param')
      const row = await updatePatient(tx, actor, cipher, id, c.req.valid('json'), today)
      return c.json(presentPatient(row, cipher, today), 200)
    }),
  )
