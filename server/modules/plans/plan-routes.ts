import { createRoute } from '@hono/zod-openapi'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import {
  NewPlanSchema,
  PlanListSchema,
  PlanParams,
  PlanPatchSchema,
  PlanSchema,
  PlanStatusChangeSchema,
} from '../../../shared/contracts/plans.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { changePlan } from './change-plan.ts'
import { closePlan } from './close-plan.ts'
import { createPlan } from './create-plan.ts'
import { presentPlan } from './present.ts'
import { loadPlansOfPatient } from './queries.ts'
import { ACCESS, planAnswer, TAGS } from './respond.ts'
import { revisePlan } from './revise-plan.ts'

const listPlansRoute = createRoute({
  method: 'get',
  path: '/{id}/plans',
  tags: TAGS,
  summary:
    "A patient's treatment plans, newest first, with items, sittings and totals (recorded as a read)",
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The plans', ...json(PlanListSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const createPlanRoute = createRoute({
  method: 'post',
  path: '/{id}/plans',
  tags: TAGS,
  summary: 'Start a proposed treatment plan (optionally an alternative to another proposed plan)',
  description: `The responsible doctor is the caller if left out. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(NewPlanSchema) } },
  responses: {
    201: { description: 'The new plan', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const readPlanRoute = createRoute({
  method: 'get',
  path: '/{id}/plans/{planId}',
  tags: TAGS,
  summary: 'One treatment plan (recorded as a read)',
  description: ACCESS,
  middleware: [sessionRequired],
  request: { params: PlanParams },
  responses: {
    200: { description: 'The plan', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const changePlanRoute = createRoute({
  method: 'patch',
  path: '/{id}/plans/{planId}',
  tags: TAGS,
  summary: "Change a plan's title, responsible doctor or note",
  description: `Proposed and accepted plans only (409 otherwise). ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanParams, body: { required: true, ...json(PlanPatchSchema) } },
  responses: {
    200: { description: 'The plan', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const statusRoute = (verb: 'decline' | 'cancel', summary: string, description: string) =>
  createRoute({
    method: 'post',
    path: `/{id}/plans/{planId}/${verb}`,
    tags: TAGS,
    summary,
    description: `${description} ${ACCESS}`,
    middleware: [sessionRequired],
    request: { params: PlanParams, body: { required: true, ...json(PlanStatusChangeSchema) } },
    responses: {
      200: { description: 'The plan', ...json(PlanSchema) },
      ...errorResponses(400, 401, 403, 404, 409),
    },
  })

const declinePlanRoute = statusRoute(
  'decline',
  'The patient declines a proposed plan',
  'Its items are declined and their planned findings leave the chart. 409 unless proposed.',
)
const cancelPlanRoute = statusRoute(
  'cancel',
  'Cancel a proposed or accepted plan',
  'Items not yet done are cancelled and their planned findings leave the chart; completed items stay. 409 if already closed.',
)

const revisePlanRoute = createRoute({
  method: 'post',
  path: '/{id}/plans/{planId}/revise',
  tags: TAGS,
  summary: 'Make a new version of an accepted plan, to change it',
  description: `The new version is proposed, holds copies of the items not yet started and needs a new acceptance; the accepted version stays as signed. 409 unless accepted. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanParams },
  responses: {
    201: { description: 'The new version', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

export const planLifecycleRoutes = createRouter()
  .openapi(
    listPlansRoute,
    clinicRoute(
      listPlansRoute,
      { can: 'clinical.read', needs: ['cipher'] },
      async (c, { tx, clinicalAll, cipher }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const loaded = await loadPlansOfPatient(tx, id)
        await recordRead(tx, {
          table: 'treatment_plans',
          rowId: id,
          patientId: id,
          details: { plans: loaded.length },
        })
        return c.json({ plans: loaded.map((plan) => presentPlan(plan, cipher)) }, 200)
      },
    ),
  )
  .openapi(
    createPlanRoute,
    clinicRoute(
      createPlanRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, clinicalAll, cipher }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const planId = await createPlan(tx, actor, id, c.req.valid('json'))
        return c.json(await planAnswer(tx, id, planId, cipher), 201)
      },
    ),
  )
  .openapi(
    readPlanRoute,
    clinicRoute(
      readPlanRoute,
      { can: 'clinical.read', needs: ['cipher'] },
      async (c, { tx, clinicalAll, cipher }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
        const plan = await planAnswer(tx, id, planId, cipher)
        await recordRead(tx, { table: 'treatment_plans', rowId: planId, patientId: id })
        return c.json(plan, 200)
      },
    ),
  )
  .openapi(
    changePlanRoute,
    clinicRoute(
      changePlanRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, clinicalAll, cipher }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await changePlan(tx, id, planId, c.req.valid('json'))
        return c.json(await planAnswer(tx, id, planId, cipher), 200)
      },
    ),
  )
  .openapi(
    declinePlanRoute,
    clinicRoute(
      declinePlanRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, clinicalAll, cipher }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await closePlan(tx, actor, id, planId, 'declined', c.req.valid('json').reason)
        return c.json(await planAnswer(tx, id, planId, cipher), 200)
      },
    ),
  )
  .openapi(
    cancelPlanRoute,
    clinicRoute(
      cancelPlanRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, clinicalAll, cipher }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await closePlan(tx, actor, id, planId, 'cancelled', c.req.valid('json').reason)
        return c.json(await planAnswer(tx, id, planId, cipher), 200)
      },
    ),
  )
  .openapi(
    revisePlanRoute,
    clinicRoute(
      revisePlanRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, clinicalAll, cipher }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        const revisionId = await revisePlan(tx, actor, id, planId)
        return c.json(await planAnswer(tx, id, revisionId, cipher), 201)
      },
    ),
  )
