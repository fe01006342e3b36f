import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from '../../http/router.ts'
import { errorResponses } from '../auth/schemas.ts'
import {
  createAppointmentType,
  listAppointmentTypes,
  presentAppointmentType,
  updateAppointmentType,
} from './appointment-types.ts'
import { inClinic } from './in-clinic.ts'
import { itemSchema, requiredJson, setupRoute, updateSchema } from './route-parts.ts'
import { IdParam, json, name } from './schemas.ts'

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
    .max(7)
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour as #rrggbb')
    .openapi({ description: 'Calendar colour; stored in lower case', example: '#2f855a' }),
}
const AppointmentTypeSchema = itemSchema(Fields, 'AppointmentType')

export const appointmentTypeRoutes = createRouter()
  .openapi(
    createRoute({
      ...setupRoute(
        'get',
        '/appointment-types',
        'Appointment types with their default length and colour',
      ),
      responses: {
        200: { description: 'The appointment types', ...json(z.array(AppointmentTypeSchema)) },
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      const types = await inClinic(c, 'schedule.read', listAppointmentTypes)
      return c.json(types.map(presentAppointmentType), 200)
    },
  )
  .openapi(
    createRoute({
      ...setupRoute(
        'post',
        '/appointment-types',
        'Add an appointment type (owner, admin)',
        'Names are unique in the clinic, whatever their case (409).',
      ),
      request: { body: requiredJson(z.object(Fields).openapi('CreateAppointmentType')) },
      responses: {
        201: { description: 'The new appointment type', ...json(AppointmentTypeSchema) },
        ...errorResponses(400, 401, 403, 409),
      },
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
      ...setupRoute(
        'patch',
        '/appointment-types/{id}',
        'Change an appointment type or take it out of use (owner, admin)',
      ),
      request: {
        params: IdParam,
        body: requiredJson(updateSchema(Fields, 'UpdateAppointmentType')),
      },
      responses: {
        200: { description: 'The changed appointment type', ...json(AppointmentTypeSchema) },
        ...errorResponses(400, 401, 403, 404, 409),
      },
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
