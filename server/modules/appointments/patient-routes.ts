import { createRoute, z } from '@hono/zod-openapi'
import {
  AttendanceSchema,
  RecallDueSchema,
  RecallsDueQuerySchema,
} from '../../../shared/contracts/appointments.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { attendanceOf } from './attendance.ts'
import { recallsDue } from './recalls.ts'
import { IdParam, json, signedIn, TAG } from './route-parts.ts'

const attendanceRoute = createRoute({
  method: 'get',
  path: '/{id}/attendance',
  tags: [TAG],
  summary: "A patient's attendance: completed, cancelled, no-shows, upcoming",
  middleware: signedIn,
  request: { params: IdParam },
  responses: {
    200: {
      description: "The patient's visits: completed, cancelled, missed and upcoming",
      ...json(AttendanceSchema),
    },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** Mounted at /patients. */
export const attendanceRoutes = createRouter().openapi(
  attendanceRoute,
  clinicRoute(attendanceRoute, { can: 'schedule.read' }, async (c, { tx, actor, zone, now }) => {
    const attendance = await attendanceOf(tx, actor, { zone, now }, c.req.valid('param').id)
    return c.json(attendance, 200)
  }),
)

const recallsDueRoute = createRoute({
  method: 'get',
  path: '/due',
  tags: [TAG],
  summary: 'Patients due for a recall, with nothing booked ahead',
  middleware: signedIn,
  request: { query: RecallsDueQuerySchema },
  responses: {
    200: { description: 'Patients due for a recall', ...json(z.array(RecallDueSchema)) },
    ...errorResponses(400, 401, 403),
  },
})

/** Mounted at /recalls. */
export const recallRoutes = createRouter().openapi(
  recallsDueRoute,
  clinicRoute(recallsDueRoute, { can: 'schedule.read' }, async (c, { tx, actor, ...clinic }) => {
    return c.json(await recallsDue(tx, actor, clinic, c.req.valid('query').withinDays), 200)
  }),
)
