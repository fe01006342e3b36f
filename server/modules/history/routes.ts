import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize, requireClinicalAccess } from '../access/index.ts'
import { recordRead } from '../audit/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { findPatient } from '../patients/queries.ts'
import { loadHistory, saveHistory } from './medical-history.ts'
import { HistorySchema, SaveHistorySchema } from './schemas.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const IdParam = z.object({ id: z.uuid() })

/** Finds the patient (404 if none) and checks the caller's clinical access to them (403). */
async function openFor<T>(
  c: Context<AppEnv>,
  id: string,
  mode: 'read' | 'write',
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const session = sessionOf(c)
  authorize(session, mode === 'read' ? 'clinical.read' : 'clinical.write')
  return withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
    if (!(await findPatient(tx, id))) throw new AppError('not_found', 'patient.not_found')
    await requireClinicalAccess(tx, session, id, mode)
    return work(tx)
  })
}

export const historyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/history',
      tags: ['Medical history'],
      summary: "A patient's medical and dental history, with alerts (recorded as a read)",
      description:
        'Clinical data: owners and admins; doctors and assistants on the patient’s care team (doctors: any patient if the clinic allows). Others get 403, and the database returns nothing to them either.',
      middleware: [requireSession()],
      request: { params: IdParam },
      responses: {
        200: { description: 'The medical history with its alerts', ...json(HistorySchema) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const history = await openFor(c, id, 'read', async (tx) => {
        await recordRead(tx, { table: 'medical_histories', rowId: id, patientId: id })
        return loadHistory(tx, id)
      })
      return c.json(history, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{id}/history',
      tags: ['Medical history'],
      summary: "Save a patient's medical and dental history",
      description:
        'Send the whole history with the version you edited; 409 if someone saved a newer one. Every version is kept in the audit log.',
      middleware: [requireSession()],
      request: { params: IdParam, body: { required: true, ...json(SaveHistorySchema) } },
      responses: {
        200: { description: 'The saved medical history', ...json(HistorySchema) },
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const input = c.req.valid('json')
      const history = await openFor(c, id, 'write', async (tx) => {
        await saveHistory(tx, sessionOf(c), id, input)
        return loadHistory(tx, id)
      })
      return c.json(history, 200)
    },
  )
