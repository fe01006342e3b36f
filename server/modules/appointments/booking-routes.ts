import { createRoute } from '@hono/zod-openapi'
import {
  AppointmentSchema,
  BookAppointmentSchema,
  CancelSchema,
  RescheduleSchema,
  StatusChangeSchema,
  WalkInSchema,
} from '../../../shared/contracts/appointments.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { planAppointmentMessages } from '../messaging/index.ts'
import { bookAppointment, bookWalkIn, rescheduleAppointment } from './book-appointment.ts'
import { cancelAppointment, changeStatus } from './change-status.ts'
import { getAppointment } from './queries.ts'
import { IdParam, json, signedIn, TAG } from './route-parts.ts'

const bookRoute = createRoute({
  method: 'post',
  path: '/',
  tags: [TAG],
  summary: 'Book an appointment',
  description:
    'A doctor or chair already booked at that time gives 409 naming the time (the database refuses double bookings, also when two people book at once). Outside working hours or on leave gives 409 unless allowOutsideHours is sent; a start in the past needs isBackEntry.',
  middleware: signedIn,
  request: { body: { required: true, ...json(BookAppointmentSchema) } },
  responses: {
    201: { description: 'The booked appointment', ...json(AppointmentSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})

const walkInRoute = createRoute({
  method: 'post',
  path: '/walk-in',
  tags: [TAG],
  summary: 'A walk-in: an appointment starting now, already arrived',
  middleware: signedIn,
  request: { body: { required: true, ...json(WalkInSchema) } },
  responses: {
    201: { description: 'The walk-in appointment', ...json(AppointmentSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})

const rescheduleRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: [TAG],
  summary: 'Reschedule: move, resize, or change doctor, chair, type or notes',
  middleware: signedIn,
  request: { params: IdParam, body: { required: true, ...json(RescheduleSchema) } },
  responses: {
    200: { description: 'The changed appointment', ...json(AppointmentSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const cancelRoute = createRoute({
  method: 'post',
  path: '/{id}/cancel',
  tags: [TAG],
  summary: 'Cancel, with a reason',
  middleware: signedIn,
  request: { params: IdParam, body: { required: true, ...json(CancelSchema) } },
  responses: {
    200: { description: 'The cancelled appointment', ...json(AppointmentSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const statusRoute = createRoute({
  method: 'post',
  path: '/{id}/status',
  tags: [TAG],
  summary: 'Confirm, check in, start treatment, complete, or mark a no-show',
  description:
    'booked → confirmed → arrived → in_treatment → completed; no_show from booked or confirmed. Checking in, starting and completing are refused before the appointment’s day (clinic time), and no_show before its start. Other changes give 409 naming status.',
  middleware: signedIn,
  request: { params: IdParam, body: { required: true, ...json(StatusChangeSchema) } },
  responses: {
    200: { description: 'The appointment with its new status', ...json(AppointmentSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const write = { can: 'schedule.write' } as const

/** Bookings and their changes, mounted with the calendar at /appointments. */
export const bookingRoutes = createRouter()
  .openapi(
    bookRoute,
    clinicRoute(bookRoute, write, async (c, { tx, actor, now, zone }) => {
      const { id } = await bookAppointment(tx, { session: actor, now, zone }, c.req.valid('json'))
      // The confirmation and reminders commit with the booking, or not at all.
      await planAppointmentMessages(tx, c.var.deps.jobs, {
        appointmentId: id,
        change: 'booked',
        now,
        zone,
      })
      return c.json(await getAppointment(tx, id), 201)
    }),
  )
  .openapi(
    walkInRoute,
    clinicRoute(walkInRoute, write, async (c, { tx, actor, now, zone }) => {
      const { id } = await bookWalkIn(tx, { session: actor, now, zone }, c.req.valid('json'))
      return c.json(await getAppointment(tx, id), 201)
    }),
  )
  .openapi(
    rescheduleRoute,
    clinicRoute(rescheduleRoute, write, async (c, { tx, now, zone }) => {
      const { id } = c.req.valid('param')
      await rescheduleAppointment(tx, { zone }, id, c.req.valid('json'))
      // The old time's reminders are replaced, never added to.
      await planAppointmentMessages(tx, c.var.deps.jobs, {
        appointmentId: id,
        change: 'moved',
        now,
        zone,
      })
      return c.json(await getAppointment(tx, id), 200)
    }),
  )
  .openapi(
    cancelRoute,
    clinicRoute(cancelRoute, write, async (c, { tx, now, zone }) => {
      const { id } = c.req.valid('param')
      await cancelAppointment(tx, id, c.req.valid('json').reason)
      await planAppointmentMessages(tx, c.var.deps.jobs, {
        appointmentId: id,
        change: 'cancelled',
        now,
        zone,
      })
      return c.json(await getAppointment(tx, id), 200)
    }),
  )
  .openapi(
    statusRoute,
    clinicRoute(statusRoute, write, async (c, { tx, now, zone }) => {
      const { id } = c.req.valid('param')
      await changeStatus(tx, id, c.req.valid('json').status, { now, zone })
      return c.json(await getAppointment(tx, id), 200)
    }),
  )
