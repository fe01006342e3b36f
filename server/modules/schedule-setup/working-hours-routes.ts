import { createRoute, z } from '@hono/zod-openapi'
import {
  BookableDoctorSchema,
  WeekSchema,
  WorkingDaySchema,
} from '../../../shared/contracts/schedule.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { json, requiredJson, setupRoute } from './route-parts.ts'
import {
  listBookableDoctors,
  loadWeek,
  presentBookableDoctor,
  replaceWeek,
} from './working-hours.ts'

const DoctorParam = z.object({ userId: z.uuid() })

const listDoctorsRoute = createRoute({
  ...setupRoute('get', '/doctors', 'Doctors who can be booked: active doctors, owners and admins'),
  responses: {
    200: { description: 'The bookable doctors', ...json(z.array(BookableDoctorSchema)) },
    ...errorResponses(401, 403),
  },
})

const weekRoute = createRoute({
  ...setupRoute(
    'get',
    '/doctors/{userId}/hours',
    'A doctor’s working week (seven days from Sunday, clinic-local HH:MM)',
  ),
  request: { params: DoctorParam },
  responses: {
    200: { description: "The doctor's working week", ...json(z.array(WorkingDaySchema)) },
    ...errorResponses(400, 401, 403),
  },
})

const replaceWeekRoute = createRoute({
  ...setupRoute(
    'put',
    '/doctors/{userId}/hours',
    'Replace a doctor’s working week (owner, admin)',
    'The whole week at once, in one transaction. Sessions of a day must not overlap (400 names the session); breaks are the gaps between them.',
  ),
  request: { params: DoctorParam, body: requiredJson(WeekSchema) },
  responses: {
    200: { description: "The doctor's new working week", ...json(z.array(WorkingDaySchema)) },
    ...errorResponses(400, 401, 403, 409),
  },
})

export const workingHoursRoutes = createRouter()
  .openapi(
    listDoctorsRoute,
    clinicRoute(listDoctorsRoute, { can: 'schedule.read' }, async (c, { tx }) => {
      const doctors = await listBookableDoctors(tx)
      return c.json(doctors.map(presentBookableDoctor), 200)
    }),
  )
  .openapi(
    weekRoute,
    clinicRoute(weekRoute, { can: 'schedule.read' }, async (c, { tx }) => {
      return c.json(await loadWeek(tx, c.req.valid('param').userId), 200)
    }),
  )
  .openapi(
    replaceWeekRoute,
    clinicRoute(replaceWeekRoute, { can: 'schedule.configure' }, async (c, { tx, actor }) => {
      const { userId } = c.req.valid('param')
      await replaceWeek(tx, actor, userId, c.req.valid('json'))
      return c.json(await loadWeek(tx, userId), 200)
    }),
  )
