import { createRoute } from '@hono/zod-openapi'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import {
  NewVitalsSchema,
  VitalsRangeQuery,
  VitalsSchema,
  VitalsTrendSchema,
} from '../../../shared/contracts/vitals.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { presentTrend, presentVitals } from './present.ts'
import { vitalsOfPatient } from './queries.ts'
import { recordVitals } from './record-vitals.ts'

const ACCESS =
  'Clinical data: owners and admins; doctors and assistants on the patient’s care team (doctors: any patient if the clinic allows). Others get 403, and the database refuses them too.'

const recordVitalsRoute = createRoute({
  method: 'post',
  path: '/{id}/vitals',
  tags: ['Vitals'],
  summary: 'Record vital signs (assistants too)',
  description: `At least one measurement; blood pressure as a pair; blood glucose with when it was taken. The limits are plausibility limits; a 400 names the field. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewVitalsSchema) } },
  responses: {
    201: {
      description: 'The recorded entry, with BMI if weight and height were given',
      ...json(VitalsSchema),
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

const vitalsTrendRoute = createRoute({
  method: 'get',
  path: '/{id}/vitals',
  tags: ['Vitals'],
  summary:
    "A patient's vital signs: entries newest first and a series per measure (recorded as a read)",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, query: VitalsRangeQuery },
  responses: {
    200: { description: 'Entries and series', ...json(VitalsTrendSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

export const vitalsRoutes = createRouter()
  .openapi(
    recordVitalsRoute,
    clinicRoute(
      recordVitalsRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id } = c.req.valid('param')
        // Entry needs the per-patient access of reading: an assistant on the care team.
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const row = await recordVitals(tx, actor, id, c.req.valid('json'))
        return c.json(presentVitals(row), 201)
      },
    ),
  )
  .openapi(
    vitalsTrendRoute,
    clinicRoute(
      vitalsTrendRoute,
      { can: 'clinical.read' },
      async (c, { tx, clinicalAll, zone }) => {
        const { id } = c.req.valid('param')
        const { from, to } = c.req.valid('query')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const rows = await vitalsOfPatient(tx, id, { from, to, zone })
        await recordRead(tx, {
          table: 'vitals',
          rowId: id,
          patientId: id,
          details: { entries: rows.length, ...(from ? { from } : {}), ...(to ? { to } : {}) },
        })
        return c.json(presentTrend(rows), 200)
      },
    ),
  )
