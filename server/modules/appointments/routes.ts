import { createRoute, z } from '@hono/zod-openapi'
import {
  AppointmentSchema,
  FreeSlotsQuerySchema,
  FreeSlotsSchema,
  ListQuerySchema,
} from '../../../shared/contracts/appointments.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { bookingRoutes } from './booking-routes.ts'
import { freeSlotsFor } from './free-slots-for.ts'
import { getAppointment, listAppointments } from './queries.ts'
import { IdParam, json, signedIn, TAG } from './route-parts.ts'

const calendarRoute = createRoute({
  method: 'get',
  path: '/',
  tags: [TAG],
  summary: 'The calendar: appointments on clinic-local days',
  description:
    'Doctors see their own appointments unless the clinic lets them see everyone’s; other roles see all.',
  middleware: signedIn,
  request: { query: ListQuerySchema },
  responses: {
    200: { description: 'The appointments on those days', ...json(z.array(AppointmentSchema)) },
    ...errorResponses(400, 401, 403),
  },
})

const freeSlotsRoute = createRoute({
  method: 'get',
  path: '/free-slots',
  tags: [TAG],
  summary: "A doctor's free slots on a day",
  description:
    'Honours working hours and breaks, leave and clinic holidays, and existing bookings (of the chair too, if given). Slots start on 15-minute steps from each session’s start and never span a break.',
  middleware: signedIn,
  request: { query: FreeSlotsQuerySchema },
  responses: {
    200: { description: 'The free slots of that day', ...json(FreeSlotsSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const appointmentRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags: [TAG],
  summary: 'One appointment',
  middleware: signedIn,
  request: { params: IdParam },
  responses: {
    200: { description: 'The appointment', ...json(AppointmentSchema) },
    ...errorResponses(400, 401, 403, 404),
  },
})

/** Mounted at /appointments. GET /free-slots is declared before GET /{id}, which would take it. */
export const appointmentRoutes = createRouter()
  .openapi(
    calendarRoute,
    clinicRoute(calendarRoute, { can: 'schedule.read' }, async (c, { tx, zone }) => {
      return c.json(await listAppointments(tx, zone, c.req.valid('query')), 200)
    }),
  )
  .openapi(
    freeSlotsRoute,
    clinicRoute(freeSlotsRoute, { can: 'schedule.read' }, async (c, { tx, actor, zone, now }) => {
      return c.json(await freeSlotsFor(tx, actor, zone, c.req.valid('query'), now), 200)
    }),
  )
  .openapi(
    appointmentRoute,
    clinicRoute(appointmentRoute, { can: 'schedule.read' }, async (c, { tx }) => {
      return c.json(await getAppointment(tx, c.req.valid('param').id), 200)
    }),
  )
  .route('/', bookingRoutes)
