import { createRoute, z } from '@hono/zod-openapi'
import { isoDate } from '../../../shared/contracts/primitives.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize } from '../access/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { addToWaitingList, resolveWaiting, waitingOn } from './waiting-list.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const TAG = 'Appointments'
const date = isoDate()

const WaitingSchema = z
  .object({
    id: z.uuid(),
    date: z.iso.date(),
    patient: z.object({
      id: z.uuid(),
      fullName: z.string().nullable(),
      patientNumber: z.string().nullable(),
    }),
    doctor: z.object({ userId: z.uuid(), fullName: z.string().nullable() }).nullable(),
    note: z.string().nullable(),
    addedAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    appointmentId: z.uuid().nullable(),
  })
  .openapi('WaitingPatient')

/** Mounted at /waiting-list. */
export const waitingListRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: [TAG],
      summary: 'The waiting list of a clinic-local day (waiting first, then resolved)',
      middleware: [requireSession()],
      request: { query: z.object({ date }) },
      responses: {
        200: { description: 'The waiting list of that day', ...json(z.array(WaitingSchema)) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      authorize(sessionOf(c), 'schedule.read')
      const query = c.req.valid('query')
      return c.json(
        await withClinic(c.var.deps.db, tenantOf(c), (tx) => waitingOn(tx, query.date)),
        200,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: [TAG],
      summary: 'Put a patient on the waiting list of a day',
      middleware: [requireSession()],
      request: {
        body: {
          required: true,
          ...json(
            z
              .object({
                patientId: z.uuid(),
                date,
                doctorUserId: z.uuid().optional(),
                note: z.string().trim().max(200).optional(),
              })
              .openapi('AddWaitingPatient'),
          ),
        },
      },
      responses: {
        201: { description: 'The patient added to the waiting list', ...json(WaitingSchema) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const input = c.req.valid('json')
      const entry = await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
        const { id } = await addToWaitingList(tx, sessionOf(c), input)
        return (await waitingOn(tx, input.date)).find((each) => each.id === id)
      })
      return c.json(entry as z.infer<typeof WaitingSchema>, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/resolve',
      tags: [TAG],
      summary: 'Take a patient off the waiting list (booked, or gone home)',
      middleware: [requireSession()],
      request: {
        params: z.object({ id: z.uuid() }),
        body: { required: true, ...json(z.object({ appointmentId: z.uuid().optional() })) },
      },
      responses: {
        200: { description: 'The resolved waiting-list entry', ...json(WaitingSchema) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const { appointmentId } = c.req.valid('json')
      const entry = await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
        const resolved = await resolveWaiting(
          tx,
          sessionOf(c),
          id,
          appointmentId,
          c.var.deps.clock(),
        )
        return (await waitingOn(tx, resolved.on_date)).find((each) => each.id === id)
      })
      return c.json(entry as z.infer<typeof WaitingSchema>, 200)
    },
  )
