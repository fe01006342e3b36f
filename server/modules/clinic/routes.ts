import { createRoute } from '@hono/zod-openapi'
import { ClinicSchema, ClinicSettingsSchema } from '../../../shared/contracts/clinic.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { changeClinicSettings } from './change-settings.ts'
import { presentClinic } from './present.ts'

const changeSettingsRoute = createRoute({
  method: 'patch',
  path: '/settings',
  tags: ['Clinic'],
  summary: 'Change clinic settings (owner only)',
  middleware: [sessionRequired],
  request: {
    body: { required: true, content: { 'application/json': { schema: ClinicSettingsSchema } } },
  },
  responses: {
    200: {
      description: 'The clinic with its new settings',
      content: { 'application/json': { schema: ClinicSchema } },
    },
    ...errorResponses(400, 401, 403),
  },
})

/** The clinic's own settings (mounted at /clinic). */
export const clinicRoutes = createRouter().openapi(
  changeSettingsRoute,
  clinicRoute(changeSettingsRoute, { can: 'clinic.settings' }, async (c, { tx }) => {
    const clinic = await changeClinicSettings(tx, c.req.valid('json'))
    return c.json(presentClinic(clinic), 200)
  }),
)
