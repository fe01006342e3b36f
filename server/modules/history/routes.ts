import { createRoute } from '@hono/zod-openapi'
import { HistorySchema, SaveHistorySchema } from '../../../shared/contracts/history.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { requireClinicalPatient } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { loadHistory, saveHistory } from './medical-history.ts'

const readHistoryRoute = createRoute({
  method: 'get',
  path: '/{id}/history',
  tags: ['Medical history'],
  summary: "A patient's medical and dental history, with alerts (recorded as a read)",
  description:
    'Clinical data: owners and admins; doctors and assistants on the patient’s care team (doctors: any patient if the clinic allows). Others get 403, and the database returns nothing to them either.',
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: 'The medical history with its alerts', ...json(HistorySchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const saveHistoryRoute = createRoute({
  method: 'put',
  path: '/{id}/history',
  tags: ['Medical history'],
  summary: "Save a patient's medical and dental history",
  description:
    'Send the whole history with the version you edited; 409 if someone saved a newer one. Every version is kept in the audit log.',
  middleware: [sessionRequired],
  request: { params: PatientIdParam, body: { required: true, ...json(SaveHistorySchema) } },
  responses: {
    200: { description: 'The saved medical history', ...json(HistorySchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

export const historyRoutes = createRouter()
  .openapi(
    readHistoryRoute,
    clinicRoute(readHistoryRoute, { can: 'clinical.read' }, async (c, { tx, clinicalAll }) => {
      const { id } = c.req.valid('param')
      await requireClinicalPatient(tx, id, 'read', clinicalAll.read)
      await recordRead(tx, { table: 'medical_histories', rowId: id, patientId: id })
      return c.json(await loadHistory(tx, id), 200)
    }),
  )
  .openapi(
    saveHistoryRoute,
    clinicRoute(
      saveHistoryRoute,
      { can: 'clinical.write' },
      async (c, { tx, actor, clinicalAll }) => {
        const { id } = c.req.valid('param')
        await requireClinicalPatient(tx, id, 'write', clinicalAll.write)
        await saveHistory(tx, actor, id, c.req.valid('json'))
        return c.json(await loadHistory(tx, id), 200)
      },
    ),
  )
