import { createRoute, z } from '@hono/zod-openapi'
import { withClinic } from '../../db/with-clinic.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize } from '../access/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'

const ClinicSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    stateCode: z.string().nullable(),
    timeZone: z.string(),
    requireTwoFactor: z.boolean(),
  })
  .openapi('Clinic')

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })

export const clinicRoutes = createRouter().openapi(
  createRoute({
    method: 'patch',
    path: '/settings',
    tags: ['Clinic'],
    summary: 'Change clinic settings (owner only)',
    middleware: [requireSession()],
    request: {
      body: {
        required: true,
        ...json(
          z
            .object({
              requireTwoFactor: z
                .boolean()
                .openapi({ description: 'Owners and admins must use two-factor sign-in' }),
            })
            .openapi('ClinicSettings'),
        ),
      },
    },
    responses: { 200: json(ClinicSchema), ...errorResponses(400, 401, 403) },
  }),
  async (c) => {
    authorize(sessionOf(c), 'clinic.settings')
    const { requireTwoFactor } = c.req.valid('json')
    const clinic = await withClinic(c.var.deps.db, tenantOf(c), (tx) =>
      tx
        .updateTable('clinics')
        .set({ require_two_factor: requireTwoFactor })
        .returning(['id', 'name', 'state_code', 'time_zone', 'require_two_factor'])
        .executeTakeFirstOrThrow(),
    )
    return c.json(
      {
        id: clinic.id,
        name: clinic.name,
        stateCode: clinic.state_code,
        timeZone: clinic.time_zone,
        requireTwoFactor: clinic.require_two_factor,
      },
      200,
    )
  },
)
