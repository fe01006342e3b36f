import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from '../../http/router.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession } from '../auth/session-middleware.ts'
import {
  createAppointmentType,
  listAppointmentTypes,
  presentAppointmentType,
  updateAppointmentType,
} from './appointment-types.ts'
import { inClinic } from './in-clinic.ts'
import { CHANGE_SOMETHING, changesSomething, IdParam, json, name } from './schemas.ts'

const Fields = {
  name: name(80).openapi({ example: 'Root canal sitting' }),
  defaultMinutes: z
    .number()
    .int()
    .min(5)
    .max(480)
    .multipleOf(5, 'must be a multiple of 5')
    .openapi({ example: 45 }),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #rrggbb')
    .openapi({ description: 'Calendar colour; stored in lower case', example: '#2f855a' }),
}
const AppointmentTypeSchema = z
  .object({ id: z.uuid(), ...Fields, isActive: z.boolean() })
  .openapi('AppointmentType')
const TAG = 'Schedule set-up'

export const appointmentTypeRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/appointment-types',
      tags: [TAG],
      summary: 'Appointment types with their default length and colour',
      middleware: [requireSession()],
      responses: { 200: json(z.array(AppointmentTypeSchema)), ...errorResponses(401, 403) },
    }),
    async (c) => {
      const types = await inClinic(c, 'schedule.read', listAppointmentTypes)
      return c.json(types.map(presentAppointmentType), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/appointment-types',
      tags: [TAG],
      summary: 'Add an appointment type (owner, admin)',
      description: 'Names are unique in the clinic, whatever their case (409).',
      middleware: [requireSession()],
      request: {
        body: { required: true, ...json(z.object(Fields).openapi('CreateAppointmentType')) },
      },
      responses: { 201: json(AppointmentTypeSchema), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => {
      const input = c.req.valid('json')
      const type = await inClinic(c, 'schedule.configure', (tx, session) =>
        createAppointmentType(tx, session, input),
      )
      return c.json(presentAppointmentType(type), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/appointment-types/{id}',
      tags: [TAG],
      summary: 'Change an appointment type or take it out of use (owner, admin)',
      middleware: [requireSession()],
      request: {
        params: IdParam,
        body: {
          required: true,
          ...json(
            z
              .object({ ...Fields, isActive: z.boolean() })
              .partial()
              .refine(changesSomething, CHANGE_SOMETHING)
              .openapi('UpdateAppointmentType'),
          ),
        },
      },
      responses: { 200: json(AppointmentTypeSchema), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const input = c.req.valid('json')
      const type = await inClinic(c, 'schedule.configure', (tx) =>
        updateAppointmentType(tx, id, input),
      )
      return c.json(presentAppointmentType(type), 200)
    },
  )
