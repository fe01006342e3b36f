import { createRoute } from '@hono/zod-openapi'
import {
  ChartFindingParams,
  ChartQuery,
  ChartSchema,
  ChartToothParams,
  FindingSchema,
  NewFindingSchema,
  RemoveFindingSchema,
  ToothHistorySchema,
} from '../../../shared/contracts/chart.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { changeFinding } from './change-finding.ts'
import { completeFinding } from './complete-finding.ts'
import { presentFinding } from './present.ts'
import { chartOf, toothHistory } from './queries.ts'
import { recordFinding } from './record-finding.ts'
import { removeFinding } from './remove-finding.ts'

const ACCESS =
  'Clinical data: owners and admins; doctors and assistants on the patient’s care team (doctors: any patient if the clinic allows). Others get 403, and the database refuses them too.'
const TAGS = ['Dental chart']

const readChartRoute = createRoute({
  method: 'get',
  path: '/{id}/chart',
  tags: TAGS,
  summary:
    "A patient's dental chart: the live findings, now or as of an instant (recorded as a read)",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, query: ChartQuery },
  responses: {
    200: { description: 'The live findings', ...json(ChartSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const toothHistoryRoute = createRoute({
  method: 'get',
  path: '/{id}/chart/teeth/{tooth}/history',
  tags: TAGS,
  summary: 'Every finding ever recorded on one tooth, newest first, with who (recorded as a read)',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: ChartToothParams },
  responses: {
    200: {
      description: 'The tooth’s findings, superseded ones included',
      ...json(ToothHistorySchema),
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

const recordFindingRoute = createRoute({
  method: 'post',
  path: '/{id}/chart/findings',
  tags: TAGS,
  summary: 'Record a finding on the chart (assistants too)',
  description: `FDI teeth and the surfaces that tooth has; a 400 names the field. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewFindingSchema) } },
  responses: {
    201: { description: 'The recorded finding', ...json(FindingSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const changeFindingRoute = createRoute({
  method: 'post',
  path: '/{id}/chart/findings/{findingId}/supersede',
  tags: TAGS,
  summary: 'Correct a finding: a new finding supersedes it (the old one stays in the history)',
  description: `409 if it was already superseded. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: ChartFindingParams, body: { required: true, ...json(NewFindingSchema) } },
  responses: {
    201: { description: 'The new finding', ...json(FindingSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const completeFindingRoute = createRoute({
  method: 'post',
  path: '/{id}/chart/findings/{findingId}/complete',
  tags: TAGS,
  summary: 'Mark a planned finding completed (a completed copy supersedes it)',
  description: `409 unless it is live and planned. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: ChartFindingParams },
  responses: {
    201: { description: 'The completed finding', ...json(FindingSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const removeFindingRoute = createRoute({
  method: 'post',
  path: '/{id}/chart/findings/{findingId}/remove',
  tags: TAGS,
  summary: 'Take a finding off the chart: charted in error, or no longer present',
  description: `It stays in the tooth’s history. 409 if it was already superseded. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: ChartFindingParams, body: { required: true, ...json(RemoveFindingSchema) } },
  responses: {
    200: { description: 'The removed finding', ...json(FindingSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

export const chartRoutes = createRouter()
  .openapi(
    readChartRoute,
    clinicRoute(readChartRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id } = c.req.valid('param')
      const { asOf } = c.req.valid('query')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      const rows = await chartOf(tx, id, asOf)
      await recordRead(tx, {
        table: 'dental_findings',
        rowId: id,
        patientId: id,
        details: { findings: rows.length, ...(asOf ? { asOf } : {}) },
      })
      return c.json({ asOf: asOf ?? null, findings: rows.map(presentFinding) }, 200)
    }),
  )
  .openapi(
    toothHistoryRoute,
    clinicRoute(toothHistoryRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id, tooth } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      const rows = await toothHistory(tx, id, tooth)
      await recordRead(tx, {
        table: 'dental_findings',
        rowId: id,
        patientId: id,
        details: { tooth, entries: rows.length },
      })
      return c.json({ tooth, entries: rows.map(presentFinding) }, 200)
    }),
  )
  .openapi(
    recordFindingRoute,
    clinicRoute(
      recordFindingRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id } = c.req.valid('param')
        // Entry needs the same per-patient access as reading (an assistant on the care team).
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        return c.json(presentFinding(await recordFinding(tx, actor, id, c.req.valid('json'))), 201)
      },
    ),
  )
  .openapi(
    changeFindingRoute,
    clinicRoute(
      changeFindingRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id, findingId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const row = await changeFinding(tx, actor, id, findingId, c.req.valid('json'))
        return c.json(presentFinding(row), 201)
      },
    ),
  )
  .openapi(
    completeFindingRoute,
    clinicRoute(
      completeFindingRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id, findingId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        return c.json(presentFinding(await completeFinding(tx, actor, id, findingId)), 201)
      },
    ),
  )
  .openapi(
    removeFindingRoute,
    clinicRoute(
      removeFindingRoute,
      { can: 'clinical.chart_entry' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id, findingId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const row = await removeFinding(tx, actor, id, findingId, c.req.valid('json'))
        return c.json(presentFinding(row), 200)
      },
    ),
  )
