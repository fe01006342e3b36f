import { createRoute } from '@hono/zod-openapi'
import {
  PrescriptionChecksSchema,
  PrescriptionDraftSchema,
  PrescriptionParams,
  PrescriptionSchema,
} from '../../../shared/contracts/prescriptions.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { recordRead } from '../audit/index.ts'
import { requirePrescription } from './access.ts'
import { deletePrescriptionDraft } from './delete-draft.ts'
import { ACCESS, tags } from './patient-routes.ts'
import { prescriptionResponse } from './present.ts'
import { linesOfPrescription } from './queries.ts'
import { checkStoredLines } from './run-checks.ts'
import { replacePrescriptionDraft } from './save-draft.ts'

const getRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'A prescription with its lines, warnings and overrides (recorded as a read)',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PrescriptionParams },
  responses: {
    200: { description: 'The prescription', ...json(PrescriptionSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const putRoute = createRoute({
  method: 'put',
  path: '/{id}',
  tags,
  summary: "Replace a draft's content",
  description: `409 once issued: an issued prescription never changes (issue a correction). ${ACCESS}`,
  middleware: [sessionRequired],
  request: {
    params: PrescriptionParams,
    body: { required: true, ...json(PrescriptionDraftSchema) },
  },
  responses: {
    200: { description: 'The saved draft', ...json(PrescriptionSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const deleteRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  summary: 'Delete a draft (never an issued prescription: 409)',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PrescriptionParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(400, 401, 403, 404, 409) },
})

const checkRoute = createRoute({
  method: 'post',
  path: '/{id}/check',
  tags,
  summary: 'The safety checks on the prescription as stored; nothing changes',
  description: `Allergies (drug and class), interactions between lines and with the patient's medicines, duplicate classes, dose limits (by weight for children), pregnancy and age cautions, Schedule H1/X/NDPS flags. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PrescriptionParams },
  responses: {
    200: { description: 'The warnings', ...json(PrescriptionChecksSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** One prescription: read, edit and delete a draft, run the checks (mounted at /prescriptions). */
export const prescriptionRoutes = createRouter()
  .openapi(
    getRoute,
    clinicRoute(getRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll, today }) => {
      const row = await requirePrescription(tx, c.req.valid('param').id, 'read', clinicalAll.read)
      await recordRead(tx, { table: 'prescriptions', rowId: row.id, patientId: row.patient_id })
      return c.json(await prescriptionResponse(tx, row.id, today), 200)
    }),
  )
  .openapi(
    putRoute,
    clinicRoute(
      putRoute,
      { can: 'clinical.write' },
      async (c, { tx, actor, clinicalAll, today }) => {
        const row = await requirePrescription(
          tx,
          c.req.valid('param').id,
          'write',
          clinicalAll.write,
        )
        await replacePrescriptionDraft(tx, actor, row.id, c.req.valid('json'))
        return c.json(await prescriptionResponse(tx, row.id, today), 200)
      },
    ),
  )
  .openapi(
    deleteRoute,
    clinicRoute(deleteRoute, { can: 'clinical.write' }, async (c, { tx, clinicalAll }) => {
      const row = await requirePrescription(tx, c.req.valid('param').id, 'write', clinicalAll.write)
      await deletePrescriptionDraft(tx, row.id)
      return c.body(null, 204)
    }),
  )
  .openapi(
    checkRoute,
    clinicRoute(checkRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll, today }) => {
      const row = await requirePrescription(tx, c.req.valid('param').id, 'read', clinicalAll.read)
      const lines = await linesOfPrescription(tx, row.id)
      const warnings = await checkStoredLines(tx, row.patient_id, lines, today)
      return c.json(
        { warnings: warnings.map((warning) => ({ ...warning, lines: [...warning.lines] })) },
        200,
      )
    }),
  )
