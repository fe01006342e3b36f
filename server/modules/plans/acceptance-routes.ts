import { createRoute } from '@hono/zod-openapi'
import {
  DeferralSchema,
  EstimateQuery,
  EstimateSchema,
  NewAcceptanceSchema,
  NewDeferralSchema,
  PlanParams,
  PlanSchema,
} from '../../../shared/contracts/plans.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { letterheadOf } from '../clinic/index.ts'
import { storeGeneratedDocument } from '../documents/index.ts'
import { acceptPlan } from './accept-plan.ts'
import { documentPatient, estimateLanguage, renderPlanEstimate } from './estimate-document.ts'
import { presentItem, presentPlan } from './present.ts'
import { loadPlan } from './queries.ts'
import { presentDeferral, recordDeferral } from './record-deferral.ts'

const ACCESS =
  'Owners and admins; doctors on the patient’s care team (any patient if the clinic allows). Others get 403, and the database refuses them too.'

const estimateRoute = createRoute({
  method: 'get',
  path: '/{id}/plans/{planId}/estimate',
  tags: ['Treatment plans'],
  summary: 'The estimate of a plan: amounts, GST on taxable items, and its PDF (stored)',
  description: `Renders the estimate PDF in English or Hindi (the patient's preferred language if not given) and stores it with the patient's documents, once per distinct document (the same plan version gives the same bytes). documentSha256 is what the signing screen sends back. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanParams, query: EstimateQuery },
  responses: {
    200: { description: 'The estimate', ...json(EstimateSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const acceptRoute = createRoute({
  method: 'post',
  path: '/{id}/plans/{planId}/acceptance',
  tags: ['Treatment plans'],
  summary: 'The patient (or a guardian) accepts a proposed plan with a drawn signature',
  description: `The estimate is rendered again and must have the SHA-256 the patient saw (409 if the plan changed). A patient under 18 is signed for by a guardian. Stores the estimate and the signed acceptance as PDFs; the plan's items can no longer change; alternatives are superseded and a revised plan's unstarted items cancelled. The person acting is the witness. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanParams, body: { required: true, ...json(NewAcceptanceSchema) } },
  responses: {
    201: { description: 'The accepted plan, with its acceptance', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const deferRoute = createRoute({
  method: 'post',
  path: '/{id}/plans/{planId}/deferrals',
  tags: ['Treatment plans'],
  summary: 'Record why a patient defers accepted treatment, and when to follow up',
  description: `Only an accepted plan with treatment still to do. The latest deferral shows on the accepted-but-not-booked list. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanParams, body: { required: true, ...json(NewDeferralSchema) } },
  responses: {
    201: { description: 'The deferral', ...json(DeferralSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** Estimates, signed acceptance and deferrals of a patient's plans (mounted at /patients). */
export const acceptanceRoutes = createRouter()
  .openapi(
    estimateRoute,
    // Generating stores a document in the patient's record: a write, so clinical.write.
    clinicRoute(
      estimateRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, cipher, clinicalAll, zone }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const loaded = await loadPlan(tx, id, planId)
        if (!loaded) throw new AppError('not_found', 'plans.not_found')
        const { storage } = c.var.deps
        const patient = await documentPatient(tx, id)
        const plan = presentPlan(loaded, cipher)
        const language = estimateLanguage(c.req.valid('query').language, patient)
        const estimate = await renderPlanEstimate({
          plan,
          patient,
          letterhead: await letterheadOf(tx, storage),
          language,
          zone,
        })
        const stored = await storeGeneratedDocument(tx, { storage, cipher }, actor, {
          patientId: id,
          kind: 'estimate',
          title: `Estimate: ${plan.title} (v${plan.version})`.slice(0, 200),
          bytes: estimate.bytes,
          sha256: estimate.sha256,
        })
        const items = loaded.items.filter((row) =>
          estimate.items.some((item) => item.id === row.id),
        )
        return c.json(
          {
            planId: plan.id,
            planVersion: plan.version,
            language,
            items: items.map((row) => presentItem(row, loaded.sittings)),
            totals: estimate.totals,
            documentSha256: estimate.sha256,
            documentUrl: `/api/v1/documents/${stored.id}/content`,
          },
          200,
        )
      },
    ),
  )
  .openapi(
    acceptRoute,
    clinicRoute(
      acceptRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, cipher, clinicalAll, zone, today, now }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const { storage } = c.var.deps
        const accepted = await acceptPlan(
          tx,
          { storage, cipher },
          actor,
          { zone, today, now },
          { patientId: id, planId },
          c.req.valid('json'),
        )
        return c.json(presentPlan(accepted, cipher), 201)
      },
    ),
  )
  .openapi(
    deferRoute,
    clinicRoute(
      deferRoute,
      { can: 'clinical.write' },
      async (c, { tx, actor, clinicalAll, today }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const row = await recordDeferral(
          tx,
          actor,
          { today },
          { patientId: id, planId },
          c.req.valid('json'),
        )
        return c.json(presentDeferral(row), 201)
      },
    ),
  )
