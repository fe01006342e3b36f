import { createRoute, z } from '@hono/zod-openapi'
import {
  AttendanceSchema,
  RecallDueSchema,
  RecallReminderParams,
  RecallsDueQuerySchema,
} from '../../../shared/contracts/appointments.ts'
import { PlannedMessageSchema } from '../../../shared/contracts/messaging.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { authorize } from '../access/index.ts'
import { attendanceOf } from './attendance.ts'
import { recallsDue } from './recalls.ts'
import { IdParam, json, signedIn, TAG } from './route-parts.ts'
import { sendRecallReminder } from './send-recall-reminder.ts'

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

const recallReminderRoute = createRoute({
  method: 'post',
  path: '/{ruleId}/patients/{patientId}/reminder',
  tags: [TAG],
  summary: 'Send a patient due for a recall a reminder now (recall_reminder)',
  description:
    'Appointment writers who may read the patient (schedule.write and patient.read). Only for a patient due for this recall now with nothing booked (404 otherwise), who agreed to recall campaigns and to a channel (409 otherwise); once per recall falling due, whoever asks (the daily recall job included).',
  middleware: signedIn,
  request: { params: RecallReminderParams },
  responses: {
    201: { description: 'Planned', ...json(PlannedMessageSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** Mounted at /recalls. */
export const recallRoutes = createRouter()
  .openapi(
    recallsDueRoute,
    clinicRoute(recallsDueRoute, { can: 'schedule.read' }, async (c, { tx, actor, ...clinic }) => {
      return c.json(await recallsDue(tx, actor, clinic, c.req.valid('query').withinDays), 200)
    }),
  )
  .openapi(
    recallReminderRoute,
    clinicRoute(
      recallReminderRoute,
      { can: 'schedule.write' },
      async (c, { tx, actor, now, zone, today }) => {
        authorize(actor, 'patient.read')
        const { ruleId, patientId } = c.req.valid('param')
        const planned = await sendRecallReminder(tx, c.var.deps.jobs, {
          ruleId,
          patientId,
          now,
          zone,
          today,
        })
        return c.json(planned, 201)
      },
    ),
  )
