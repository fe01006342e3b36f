import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { sql } from 'kysely'
import { isoDate, queryInt } from '../../../shared/contracts/primitives.ts'
import { type Tx, withClinic } from '../../db/with-clinic.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize } from '../access/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { clinicTimeZone } from '../clinic/index.ts'
import { bookAppointment, bookWalkIn, rescheduleAppointment } from './book-appointment.ts'
import { cancelAppointment, changeStatus } from './change-status.ts'
import { freeSlotsFor } from './free-slots-for.ts'
import { findAppointment, listAppointments } from './queries.ts'
import {
  AppointmentSchema,
  BookAppointmentSchema,
  CancelSchema,
  ListQuerySchema,
  RescheduleSchema,
  StatusChangeSchema,
  WalkInSchema,
} from './schemas.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const IdParam = z.object({ id: z.uuid() })
const TAG = 'Appointments'
const signedIn = [requireSession()]

/** Runs `work` in the signed-in clinic with its time zone and the server's clock. */
function inClinic<T>(c: Context<AppEnv>, work: (tx: Tx, zone: string, now: Date) => Promise<T>) {
  return withClinic(c.var.deps.db, tenantOf(c), async (tx) =>
    work(tx, await clinicTimeZone(tx), c.var.deps.clock()),
  )
}

async function answer(tx: Tx, id: string) {
  const appointment = await findAppointment(tx, id)
  if (!appointment) throw new AppError('not_found', 'appointment.not_found')
  return appointment
}

const FreeSlotsQuerySchema = z.object({
  doctorUserId: z.uuid(),
  date: isoDate(),
  durationMinutes: queryInt(5, 480),
  chairId: z.uuid().optional(),
})
const FreeSlotsSchema = z
  .object({
    date: z.string(),
    durationMinutes: z.number().int(),
    hasWorkingHours: z.boolean(),
    sessions: z.array(z.object({ start: z.string(), end: z.string() })),
    slots: z.array(z.object({ startsAt: z.iso.datetime(), endsAt: z.iso.datetime() })),
  })
  .openapi('FreeSlots')

export const appointmentRoutes = createRouter()
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      authorize(sessionOf(c), 'schedule.read')
      const query = c.req.valid('query')
      return c.json(await inClinic(c, (tx, zone) => listAppointments(tx, zone, query)), 200)
    },
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      const input = c.req.valid('json')
      const booked = await inClinic(c, async (tx, zone, now) => {
        const { id } = await bookAppointment(tx, { session: sessionOf(c), now, zone }, input)
        return answer(tx, id)
      })
      return c.json(booked, 201)
    },
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      const input = c.req.valid('json')
      const booked = await inClinic(c, async (tx, zone, now) => {
        const { id } = await bookWalkIn(tx, { session: sessionOf(c), now, zone }, input)
        return answer(tx, id)
      })
      return c.json(booked, 201)
    },
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      const session = sessionOf(c)
      authorize(session, 'schedule.read')
      const query = c.req.valid('query')
      const result = await inClinic(c, async (tx, zone, now) => {
        const { rows } = await sql<{ all: boolean }>`SELECT app_schedule_all() AS "all"`.execute(tx)
        if (!rows[0]?.all && query.doctorUserId !== session.userId) {
          throw new AppError('forbidden', 'appointment.own_slots_only')
        }
        return freeSlotsFor(tx, zone, query, now)
      })
      return c.json(result, 200)
    },
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      authorize(sessionOf(c), 'schedule.read')
      const { id } = c.req.valid('param')
      return c.json(await inClinic(c, (tx) => answer(tx, id)), 200)
    },
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const input = c.req.valid('json')
      const moved = await inClinic(c, async (tx, zone, now) => {
        await rescheduleAppointment(tx, { session: sessionOf(c), now, zone }, id, input)
        return answer(tx, id)
      })
      return c.json(moved, 200)
    },
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const { reason } = c.req.valid('json')
      const cancelled = await inClinic(c, async (tx) => {
        await cancelAppointment(tx, sessionOf(c), id, reason)
        return answer(tx, id)
      })
      return c.json(cancelled, 200)
    },
  )
  .openapi(
    createRoute({
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
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const { status } = c.req.valid('json')
      const changed = await inClinic(c, async (tx, zone, now) => {
        await changeStatus(tx, sessionOf(c), id, status, { now, zone })
        return answer(tx, id)
      })
      return c.json(changed, 200)
    },
  )
