import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from '../../http/router.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession } from '../auth/session-middleware.ts'
import { inClinic } from './in-clinic.ts'
import { TAG } from './route-parts.ts'
import { json } from './schemas.ts'
import { listBookableDoctors, loadWeek, replaceWeek } from './working-hours.ts'
import { BookableDoctorSchema, WeekSchema, WorkingDaySchema } from './working-hours-schemas.ts'

const DoctorParam = z.object({ userId: z.uuid() })
export const workingHoursRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/doctors',
      tags: [TAG],
      summary: 'Doctors who can be booked: active doctors, owners and admins',
      middleware: [requireSession()],
      responses: {
        200: { description: 'The bookable doctors', ...json(z.array(BookableDoctorSchema)) },
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      const doctors = await inClinic(c, 'schedule.read', listBookableDoctors)
      return c.json(
        doctors.map((doctor) => ({
          userId: doctor.user_id,
          fullName: doctor.full_name,
          role: doctor.role,
        })),
        200,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/doctors/{userId}/hours',
      tags: [TAG],
      summary: 'A doctor’s working week (seven days from Sunday, clinic-local HH:MM)',
      middleware: [requireSession()],
      request: { params: DoctorParam },
      responses: {
        200: { description: "The doctor's working week", ...json(z.array(WorkingDaySchema)) },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const { userId } = c.req.valid('param')
      const week = await inClinic(c, 'schedule.read', (tx) => loadWeek(tx, userId))
      return c.json(week, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/doctors/{userId}/hours',
      tags: [TAG],
      summary: 'Replace a doctor’s working week (owner, admin)',
      description:
        'The whole week at once, in one transaction. Sessions of a day must not overlap (400 names the session); breaks are the gaps between them.',
      middleware: [requireSession()],
      request: { params: DoctorParam, body: { required: true, ...json(WeekSchema) } },
      responses: {
        200: { description: "The doctor's new working week", ...json(z.array(WorkingDaySchema)) },
        ...errorResponses(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const { userId } = c.req.valid('param')
      const input = c.req.valid('json')
      const week = await inClinic(c, 'schedule.configure', async (tx, session) => {
        await replaceWeek(tx, session, userId, input)
        return loadWeek(tx, userId)
      })
      return c.json(week, 200)
    },
  )
