import { createRoute, z } from '@hono/zod-openapi'
import { queryInt } from '../../../shared/contracts/primitives.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize } from '../access/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { clinicTimeZone, clinicToday } from '../clinic/index.ts'
import { findPatient } from '../patients/queries.ts'
import { attendanceOf } from './attendance.ts'
import { recallsDue } from './recalls.ts'
import { AppointmentSchema } from './schemas.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })

const AttendanceSchema = z
  .object({
    completed: z.number().int(),
    cancelled: z.number().int(),
    noShow: z.number().int(),
    upcoming: z.number().int(),
    lastCompletedAt: z.iso.datetime().nullable(),
    appointments: z.array(AppointmentSchema).openapi({ description: 'Newest first, at most 50' }),
  })
  .openapi('Attendance')

/** Mounted at /patients. */
export const attendanceRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/{id}/attendance',
    tags: ['Appointments'],
    summary: "A patient's attendance: completed, cancelled, no-shows, upcoming",
    middleware: [requireSession()],
    request: { params: z.object({ id: z.uuid() }) },
    responses: {
      200: {
        description: "The patient's visits: completed, cancelled, missed and upcoming",
        ...json(AttendanceSchema),
      },
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  async (c) => {
    const session = sessionOf(c)
    authorize(session, 'schedule.read')
    authorize(session, 'patient.read')
    const { id } = c.req.valid('param')
    const attendance = await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
      // Zeros for a patient who is not this clinic's would look like an answer: 404, as every
      // other patient route gives (RLS hides the row, so another clinic's id is "no such patient").
      if (!(await findPatient(tx, id))) throw new AppError('not_found', 'patient.not_found')
      return attendanceOf(tx, await clinicTimeZone(tx), id, c.var.deps.clock())
    })
    return c.json(attendance, 200)
  },
)

const RecallSchema = z
  .object({
    ruleId: z.uuid(),
    ruleName: z.string(),
    patient: z.object({ id: z.uuid(), fullName: z.string(), patientNumber: z.string() }),
    lastVisitOn: z.iso.date(),
    dueOn: z.iso.date(),
  })
  .openapi('RecallDue')

/** Mounted at /recalls. */
export const recallRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/due',
    tags: ['Appointments'],
    summary: 'Patients due for a recall, with nothing booked ahead',
    middleware: [requireSession()],
    request: {
      query: z.object({
        withinDays: queryInt(0, 365).default(30).openapi({
          description: 'Due by today plus this many days (clinic-local)',
        }),
      }),
    },
    responses: {
      200: { description: 'Patients due for a recall', ...json(z.array(RecallSchema)) },
      ...errorResponses(400, 401, 403),
    },
  }),
  async (c) => {
    const session = sessionOf(c)
    authorize(session, 'schedule.read')
    authorize(session, 'patient.read')
    const { withinDays } = c.req.valid('query')
    const now = c.var.deps.clock()
    const due = await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
      const today = await clinicToday(tx, now)
      const until = new Date(Date.parse(`${today}T00:00:00Z`) + withinDays * 86_400_000)
        .toISOString()
        .slice(0, 10)
      return recallsDue(tx, await clinicTimeZone(tx), until, now)
    })
    return c.json(due, 200)
  },
)
