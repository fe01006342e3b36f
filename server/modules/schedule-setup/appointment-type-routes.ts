import { createRoute, z } from '@hono/zod-openapi'
import {
  AppointmentTypeSchema,
  CreateAppointmentTypeSchema,
  UpdateAppointmentTypeSchema,
} from '../../../shared/contracts/schedule.ts'
import { clinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import {
  createAppointmentType,
  listAppointmentTypes,
  presentAppointmentType,
  updateAppointmentType,
} from './appointment-types.ts'
import { IdParam, json, requiredJson, setupRoute } from './route-parts.ts'

const listTypesRoute = createRoute({
  ...setupRoute(
    'get',
    '/appointment-types',
    'Appointment types with their default length and colour',
  ),
  responses: {
    200: { description: 'The appointment types', ...json(z.array(AppointmentTypeSchema)) },
    ...errorResponses(401, 403),
  },
})

const createTypeRoute = createRoute({
  ...setupRoute(
    'post',
    '/appointment-types',
    'Add an appointment type (owner, admin)',
    'Names are unique in the clinic, whatever their case (409).',
  ),
  request: { body: requiredJson(CreateAppointmentTypeSchema) },
  responses: {
    201: { description: 'The new appointment type', ...json(AppointmentTypeSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})

const updateTypeRoute = createRoute({
  ...setupRoute(
    'patch',
    '/appointment-types/{id}',
    'Change an appointment type or take it out of use (owner, admin)',
  ),
  request: { params: IdParam, body: requiredJson(UpdateAppointmentTypeSchema) },
  responses: {
    200: { description: 'The changed appointment type', ...json(AppointmentTypeSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

export const appointmentTypeRoutes = createRouter()
  .openapi(
    listTypesRoute,
    clinicRoute(listTypesRoute, { can: 'schedule.read' }, async (c, { tx }) => {
      const types = await listAppointmentTypes(tx)
      return c.json(types.map(presentAppointmentType), 200)
    }),
  )
  .openapi(
    createTypeRoute,
    clinicRoute(createTypeRoute, { can: 'schedule.configure' }, async (c, { tx, actor }) => {
      const type = await createAppointmentType(tx, actor, c.req.valid('json'))
      return c.json(presentAppointmentType(type), 201)
    }),
  )
  .openapi(
    updateTypeRoute,
    clinicRoute(updateTypeRoute, { can: 'schedule.configure' }, async (c, { tx }) => {
      const type = await updateAppointmentType(tx, c.req.valid('param').id, c.req.valid('json'))
      return c.json(presentAppointmentType(type), 200)
    }),
  )
