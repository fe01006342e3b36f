import { createRoute } from '@hono/zod-openapi'
import {
  CancelPrescriptionSchema,
  IssuePrescriptionSchema,
  PrescriptionIssueRefusedSchema,
  PrescriptionParams,
  PrescriptionSchema,
} from '../../../shared/contracts/prescriptions.ts'
import { englishText } from '../../../shared/errors/reasons.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requirePrescription } from './access.ts'
import { cancelPrescription } from './cancel-prescription.ts'
import { correctPrescription } from './correct-prescription.ts'
import { issuePrescription } from './issue-prescription.ts'
import { ACCESS, tags } from './patient-routes.ts'
import { prescriptionResponse } from './present.ts'

const issueRoute = createRoute({
  method: 'post',
  path: '/{id}/issue',
  tags,
  summary: 'Issue a draft: checks again, records override reasons, stores the PDF',
  description: `The safety checks run again on the server. A warning with needsOverride and no reason in overrides refuses the issue: 409 with reason prescription.override_needed and every warning in the body; nothing changes. A reason for a warning the checks no longer give (the lines or the patient's record changed since they were checked) refuses it the same way with reason prescription.warnings_changed and the warnings as they are now. Without a registration number in the prescriber's profile: 409 naming registrationNumber. On success the prescriber's details are printed as they are now, the prescription gets its number (RX/26-27/0001), its PDF is stored with the patient's documents, each override is recorded and audited, and a prescription it corrects is cancelled. prescription.issue: owners, admins, doctors. ${ACCESS}`,
  middleware: [sessionRequired],
  request: {
    params: PrescriptionParams,
    body: { required: true, ...json(IssuePrescriptionSchema) },
  },
  responses: {
    200: { description: 'The issued prescription', ...json(PrescriptionSchema) },
    409: {
      description: 'Warnings need a reason, no registration number, or not a draft',
      ...json(PrescriptionIssueRefusedSchema),
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

const correctRoute = createRoute({
  method: 'post',
  path: '/{id}/correct',
  tags,
  summary: 'Start a correction: a new draft with the same content, replacing this one',
  description: `Only an issued prescription, once. Issuing the correction cancels this one in the same transaction. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PrescriptionParams },
  responses: {
    201: { description: 'The correction (a draft)', ...json(PrescriptionSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const cancelRoute = createRoute({
  method: 'post',
  path: '/{id}/cancel',
  tags,
  summary: 'Cancel an issued prescription, with a reason',
  description: `Only the cancellation is recorded; the prescription keeps what it was issued with. prescription.issue: owners, admins, doctors. ${ACCESS}`,
  middleware: [sessionRequired],
  request: {
    params: PrescriptionParams,
    body: { required: true, ...json(CancelPrescriptionSchema) },
  },
  responses: {
    200: { description: 'The cancelled prescription', ...json(PrescriptionSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** Issuing, correcting and cancelling (mounted at /prescriptions). */
export const prescriptionActionRoutes = createRouter()
  .openapi(
    issueRoute,
    clinicRoute(
      issueRoute,
      { can: 'prescription.issue', needs: ['cipher'] },
      async (c, { tx, actor, cipher, clinicalAll, now, today, zone }) => {
        const row = await requirePrescription(
          tx,
          c.req.valid('param').id,
          'write',
          clinicalAll.write,
        )
        const { storage } = c.var.deps
        const outcome = await issuePrescription(
          tx,
          { storage, cipher },
          actor,
          { now, today, zone },
          row.id,
          c.req.valid('json'),
        )
        if (!outcome.isIssued) {
          // Nothing was written: the refusal is an answer, not an exception, so the body can
          // carry the warnings the screen shows beside the reason fields.
          const reason = outcome.reason
          return c.json(
            {
              error: {
                code: 'conflict',
                reason,
                params: {},
                message: englishText(reason, {}),
                requestId: c.var.requestId,
              },
              warnings: outcome.warnings.map((warning) => ({
                ...warning,
                lines: [...warning.lines],
              })),
            },
            409,
          )
        }
        return c.json(await prescriptionResponse(tx, row.id, today), 200)
      },
    ),
  )
  .openapi(
    correctRoute,
    clinicRoute(
      correctRoute,
      { can: 'clinical.write' },
      async (c, { tx, actor, clinicalAll, today }) => {
        const row = await requirePrescription(
          tx,
          c.req.valid('param').id,
          'write',
          clinicalAll.write,
        )
        const draftId = await correctPrescription(tx, actor, row.id)
        return c.json(await prescriptionResponse(tx, draftId, today), 201)
      },
    ),
  )
  .openapi(
    cancelRoute,
    clinicRoute(
      cancelRoute,
      { can: 'prescription.issue' },
      async (c, { tx, actor, clinicalAll, now, today }) => {
        const row = await requirePrescription(
          tx,
          c.req.valid('param').id,
          'write',
          clinicalAll.write,
        )
        await cancelPrescription(tx, actor, row.id, c.req.valid('json').reason, now)
        return c.json(await prescriptionResponse(tx, row.id, today), 200)
      },
    ),
  )
