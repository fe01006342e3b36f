import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize, clinicalAccessTo } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { clinicToday } from '../clinic/index.ts'
import { clinicCipher } from '../clinic-keys/clinic-cipher.ts'
import { loadHistory } from '../history/medical-history.ts'
import { AlertSchema } from '../history/schemas.ts'
import { listPatients } from './list-patients.ts'
import { mergePatients } from './merge-patients.ts'
import { presentPatient, presentSummary } from './present.ts'
import { findPatientRecord, findPossibleDuplicates } from './queries.ts'
import { registerPatient } from './register-patient.ts'
import {
  CreatePatientSchema,
  DuplicateQuerySchema,
  ListQuerySchema,
  PatientListSchema,
  PatientSchema,
  PatientSummarySchema,
  SearchSchema,
  UpdatePatientSchema,
} from './schemas.ts'
import { searchPatients } from './search-patients.ts'
import { updatePatient } from './update-patient.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const signedIn = [requireSession()]
const IdParam = z.object({ id: z.uuid() })
const OpenedPatientSchema = PatientSchema.extend({
  clinicalAccess: z.object({ read: z.boolean(), write: z.boolean() }).openapi({
    description: "Whether you may read or change this patient's clinical records",
  }),
  alerts: z.array(AlertSchema).nullable(),
}).openapi('OpenedPatient')

/** Runs `work` in the signed-in clinic with its cipher and today's date in its time zone. */
function inClinic<T>(
  c: Context<AppEnv>,
  work: (
    tx: Tx,
    tools: { cipher: Awaited<ReturnType<typeof clinicCipher>>; today: string },
  ) => Promise<T>,
) {
  const session = sessionOf(c)
  const { db, keyring, clock } = c.var.deps
  return withClinic(db, tenantOf(c), async (tx) => {
    const cipher = await clinicCipher(tx, keyring, session.clinicId)
    return work(tx, { cipher, today: await clinicToday(tx, clock()) })
  })
}

const search = (c: Context<AppEnv>, query: { q: string; limit: number }) =>
  inClinic(c, async (tx, { cipher, today }) => {
    authorize(sessionOf(c), 'patient.read')
    const rows = await searchPatients(tx, cipher, query.q, query.limit)
    return rows.map((row) => presentSummary(presentPatient(row, cipher, today)))
  })

export const patientRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Patients'],
      summary: 'Register a patient',
      middleware: signedIn,
      request: { body: { required: true, ...json(CreatePatientSchema) } },
      responses: {
        201: {
          description: 'The registered patient, with possible duplicates',
          ...json(
            PatientSchema.extend({ possibleDuplicates: z.array(PatientSummarySchema) }).openapi(
              'RegisteredPatient',
            ),
          ),
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const input = c.req.valid('json')
      const body = await inClinic(c, async (tx, { cipher, today }) => {
        const row = await registerPatient(tx, sessionOf(c), cipher, input, today)
        const duplicates = await findPossibleDuplicates(
          tx,
          cipher,
          { ...input, dateOfBirth: row.date_of_birth },
          row.id,
        )
        return {
          ...presentPatient(row, cipher, today),
          possibleDuplicates: duplicates.map((duplicate) =>
            presentSummary(presentPatient(duplicate, cipher, today)),
          ),
        }
      })
      return c.json(body, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Patients'],
      summary: 'Type-ahead search by name, phone or patient number',
      description:
        'Query strings are never logged. Browsers should prefer POST /patients/search, which keeps the search term out of the URL.',
      middleware: signedIn,
      request: { query: SearchSchema },
      responses: {
        200: { description: 'The matching patients', ...json(z.array(PatientSummarySchema)) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await search(c, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/search',
      tags: ['Patients'],
      summary: 'Search, with the term in the body (kept out of URLs)',
      middleware: signedIn,
      request: { body: { required: true, ...json(SearchSchema) } },
      responses: {
        200: { description: 'The matching patients', ...json(z.array(PatientSummarySchema)) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await search(c, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/duplicates',
      tags: ['Patients'],
      summary: 'Possible duplicates while registering',
      description: 'Same phone number, or a similar name with the same date of birth.',
      middleware: signedIn,
      request: { body: { required: true, ...json(DuplicateQuerySchema) } },
      responses: {
        200: { description: 'The possible duplicates', ...json(z.array(PatientSummarySchema)) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const candidate = c.req.valid('json')
      const found = await inClinic(c, async (tx, { cipher, today }) => {
        authorize(sessionOf(c), 'patient.read')
        const rows = await findPossibleDuplicates(tx, cipher, candidate)
        return rows.map((row) => presentSummary(presentPatient(row, cipher, today)))
      })
      return c.json(found, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/list',
      tags: ['Patients'],
      summary: 'Patients, most recently seen or registered first, a page at a time',
      description: 'pageSize is at most 50. The query string carries only page numbers.',
      middleware: signedIn,
      request: { query: ListQuerySchema },
      responses: {
        200: { description: 'One page of patients', ...json(PatientListSchema) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const { page, pageSize } = c.req.valid('query')
      const body = await inClinic(c, async (tx, { cipher, today }) => {
        const { rows, total } = await listPatients(tx, sessionOf(c), {
          page,
          pageSize,
          now: c.var.deps.clock(),
        })
        const items = rows.map((row) => ({
          ...presentSummary(presentPatient(row, cipher, today)),
          lastVisitAt: row.last_visit_at ? new Date(row.last_visit_at).toISOString() : null,
          registeredAt: new Date(row.created_at).toISOString(),
        }))
        return { items, page, pageSize, total }
      })
      return c.json(body, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['Patients'],
      summary: 'Open a patient (recorded in the audit log)',
      description:
        'For clinical roles with access to this patient, `alerts` lists allergies, critical conditions and blood thinners from the medical history; for others it is null.',
      middleware: signedIn,
      request: { params: IdParam },
      responses: {
        200: { description: 'The patient', ...json(OpenedPatientSchema) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const patient = await inClinic(c, async (tx, { cipher, today }) => {
        const session = sessionOf(c)
        authorize(session, 'patient.read')
        const row = await findPatientRecord(tx, id)
        if (!row) throw new AppError('not_found', 'patient.not_found')
        await recordRead(tx, { table: 'patients', rowId: row.id, patientId: row.id })
        const clinicalAccess = await clinicalAccessTo(tx, session, row.id)
        const alerts = clinicalAccess.read ? (await loadHistory(tx, row.id)).alerts : null
        return { ...presentPatient(row, cipher, today), clinicalAccess, alerts }
      })
      return c.json(patient, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/merge',
      tags: ['Patients'],
      summary: 'Merge a duplicate record into this one (audited)',
      description:
        'For the same person registered twice. This record keeps its details and fills blanks from the duplicate; documents, care team and medical history move here (allergy, condition and medicine lists are joined); consent events stay on the duplicate and count for this record. The duplicate remains, marked as merged (its mergedIntoId points here), and no longer appears in search.',
      middleware: signedIn,
      request: {
        params: IdParam,
        body: {
          required: true,
          ...json(z.object({ duplicateId: z.uuid() }).openapi('MergePatients')),
        },
      },
      responses: {
        200: {
          description: 'The record kept, with the duplicate merged into it',
          ...json(PatientSchema),
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const { duplicateId } = c.req.valid('json')
      const patient = await inClinic(c, async (tx, { cipher, today }) => {
        await mergePatients(tx, sessionOf(c), id, duplicateId)
        const row = await findPatientRecord(tx, id)
        if (!row) throw new AppError('not_found', 'patient.not_found')
        return presentPatient(row, cipher, today)
      })
      return c.json(patient, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags: ['Patients'],
      summary: "Change a patient's details",
      middleware: signedIn,
      request: { params: IdParam, body: { required: true, ...json(UpdatePatientSchema) } },
      responses: {
        200: { description: 'The changed patient', ...json(PatientSchema) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const input = c.req.valid('json')
      const patient = await inClinic(c, async (tx, { cipher, today }) => {
        const row = await updatePatient(tx, sessionOf(c), cipher, id, input, today)
        return presentPatient(row, cipher, today)
      })
      return c.json(patient, 200)
    },
  )
