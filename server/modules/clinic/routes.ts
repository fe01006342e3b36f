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
    doctorsSeeAllPatients: z.boolean(),
    doctorsSeeAllAppointments: z.boolean(),
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
                .optional()
                .openapi({ description: 'Owners and admins must use two-factor sign-in' }),
              doctorsSeeAllPatients: z.boolean().optional().openapi({
                description:
                  "Doctors may open every patient's clinical records, not only their care team's",
              }),
              doctorsSeeAllAppointments: z.boolean().optional().openapi({
                description:
                  "Doctors may see and change every doctor's appointments, not only their own",
              }),
            })
            .refine(
              (settings) => Object.keys(settings).length > 0,
              'must change at least one setting',
            )
            .openapi('ClinicSettings'),
        ),
      },
    },
    responses: {
      200: { description: 'The clinic with its new settings', ...json(ClinicSchema) },
      ...errorResponses(400, 401, 403),
    },
  }),
  async (c) => {
    authorize(sessionOf(c), 'clinic.settings')
    const { requireTwoFactor, doctorsSeeAllPatients, doctorsSeeAllAppointments } =
      c.req.valid('json')
    const clinic = await withClinic(c.var.deps.db, tenantOf(c), (tx) =>
      tx
        .updateTable('clinics')
        .set({
          ...(requireTwoFactor === undefined ? {} : { require_two_factor: requireTwoFactor }),
          ...(doctorsSeeAllPatients === undefined
            ? {}
            : { doctors_see_all_patients: doctorsSeeAllPatients }),
          ...(doctorsSeeAllAppointments === undefined
            ? {}
            : { doctors_see_all_appointments: doctorsSeeAllAppointments }),
        })
        .returning([
          'id',
          'name',
          'state_code',
          'time_zone',
          'require_two_factor',
          'doctors_see_all_patients',
          'doctors_see_all_appointments',
        ])
        .executeTakeFirstOrThrow(),
    )
    return c.json(
      {
        id: clinic.id,
        name: clinic.name,
        stateCode: clinic.state_code,
        timeZone: clinic.time_zone,
        requireTwoFactor: clinic.require_two_factor,
        doctorsSeeAllPatients: clinic.doctors_see_all_patients,
        doctorsSeeAllAppointments: clinic.doctors_see_all_appointments,
      },
      200,
    )
  },
)
