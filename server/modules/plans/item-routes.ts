import { createRoute } from '@hono/zod-openapi'
import {
  NewPlanItemsSchema,
  NewSittingSchema,
  PlanItemParams,
  PlanItemPatchSchema,
  PlanParams,
  PlanSchema,
} from '../../../shared/contracts/plans.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { addPlanItems } from './add-items.ts'
import { cancelPlanItem } from './cancel-item.ts'
import { changePlanItem } from './change-item.ts'
import { deletePlanItem } from './delete-item.ts'
import { recordSitting } from './record-sitting.ts'
import { ACCESS, planAnswer, TAGS } from './respond.ts'

const addItemsRoute = createRoute({
  method: 'post',
  path: '/{id}/plans/{planId}/items',
  tags: TAGS,
  summary: 'Add a catalogue procedure to a proposed plan: one item per tooth',
  description: `Price, GST and sittings default from the catalogue and are copied, so later catalogue changes never alter the plan. The procedure must apply to the teeth (dentition, region) and name surfaces where required; a 400 names the field. 409 unless the plan is proposed. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanParams, body: { required: true, ...json(NewPlanItemsSchema) } },
  responses: {
    201: { description: 'The plan with the new items', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const changeItemRoute = createRoute({
  method: 'patch',
  path: '/{id}/plans/{planId}/items/{itemId}',
  tags: TAGS,
  summary: 'Change an item of a proposed plan: price, discount, phase, order, sittings',
  description: `409 once the plan is accepted: revise it instead. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanItemParams, body: { required: true, ...json(PlanItemPatchSchema) } },
  responses: {
    200: { description: 'The plan', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const deleteItemRoute = createRoute({
  method: 'delete',
  path: '/{id}/plans/{planId}/items/{itemId}',
  tags: TAGS,
  summary: 'Remove an item from a proposed plan (its planned finding leaves the chart)',
  description: `409 once the plan is accepted. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanItemParams },
  responses: {
    200: { description: 'The plan', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const cancelItemRoute = createRoute({
  method: 'post',
  path: '/{id}/plans/{planId}/items/{itemId}/cancel',
  tags: TAGS,
  summary: 'Cancel an accepted item not yet started',
  description: `Its planned finding leaves the chart; the plan completes when nothing is left. 409 otherwise. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanItemParams },
  responses: {
    200: { description: 'The plan', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const recordSittingRoute = createRoute({
  method: 'post',
  path: '/{id}/plans/{planId}/items/{itemId}/sittings',
  tags: TAGS,
  summary: 'Record a sitting of an accepted item (and complete it)',
  description: `The item goes in progress; completesItem completes it and turns its chart finding completed. 409 unless the item is accepted or in progress. ${ACCESS}`,
  middleware: [sessionRequired],
  request: { params: PlanItemParams, body: { required: true, ...json(NewSittingSchema) } },
  responses: {
    201: { description: 'The plan with the sitting', ...json(PlanSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

export const planItemRoutes = createRouter()
  .openapi(
    addItemsRoute,
    clinicRoute(
      addItemsRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, clinicalAll, cipher }) => {
        const { id, planId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await addPlanItems(tx, actor, id, planId, c.req.valid('json'))
        return c.json(await planAnswer(tx, id, planId, cipher), 201)
      },
    ),
  )
  .openapi(
    changeItemRoute,
    clinicRoute(
      changeItemRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, clinicalAll, cipher }) => {
        const { id, planId, itemId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await changePlanItem(tx, id, planId, itemId, c.req.valid('json'))
        return c.json(await planAnswer(tx, id, planId, cipher), 200)
      },
    ),
  )
  .openapi(
    deleteItemRoute,
    clinicRoute(
      deleteItemRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, clinicalAll, cipher }) => {
        const { id, planId, itemId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await deletePlanItem(tx, actor, id, planId, itemId)
        return c.json(await planAnswer(tx, id, planId, cipher), 200)
      },
    ),
  )
  .openapi(
    cancelItemRoute,
    clinicRoute(
      cancelItemRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, clinicalAll, cipher }) => {
        const { id, planId, itemId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await cancelPlanItem(tx, actor, id, planId, itemId)
        return c.json(await planAnswer(tx, id, planId, cipher), 200)
      },
    ),
  )
  .openapi(
    recordSittingRoute,
    clinicRoute(
      recordSittingRoute,
      { can: 'clinical.write', needs: ['cipher'] },
      async (c, { tx, actor, clinicalAll, cipher, today }) => {
        const { id, planId, itemId } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await recordSitting(tx, actor, today, id, planId, itemId, c.req.valid('json'))
        return c.json(await planAnswer(tx, id, planId, cipher), 201)
      },
    ),
  )
