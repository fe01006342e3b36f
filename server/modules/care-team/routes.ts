import { createRoute, z } from '@hono/zod-openapi'
import { withClinic } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize } from '../access/index.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { findPatient } from '../patients/queries.ts'
import { addToCareTeam, listCareTeam, listClinicians, removeFromCareTeam } from './care-team.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const IdParam = z.object({ id: z.uuid() })
const MemberSchema = z
  .object({
    userId: z.uuid(),
    fullName: z.string(),
    role: z.enum(['doctor', 'assistant']),
    addedAt: z.iso.datetime(),
  })
  .openapi('CareTeamMember')
const ClinicianSchema = MemberSchema.omit({ addedAt: true }).openapi('Clinician')

const TAG = 'Care team'
const DESCRIPTION =
  'Doctors and assistants see the clinical records of the patients on whose care team they are (doctors: all patients if the clinic setting allows).'

export const careTeamRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/care-team',
      tags: [TAG],
      summary: "A patient's care team",
      description: DESCRIPTION,
      middleware: [requireSession()],
      request: { params: IdParam },
      responses: {
        200: { description: "The patient's care team", ...json(z.array(MemberSchema)) },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      authorize(sessionOf(c), 'patient.read')
      const members = await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
        if (!(await findPatient(tx, id))) throw new AppError('not_found', 'patient.not_found')
        return listCareTeam(tx, id)
      })
      return c.json(
        members.map((member) => ({
          userId: member.user_id,
          fullName: member.full_name,
          role: member.role,
          addedAt: new Date(member.added_at).toISOString(),
        })),
        200,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/care-team',
      tags: [TAG],
      summary: 'Add a doctor or assistant to the care team',
      description: DESCRIPTION,
      middleware: [requireSession()],
      request: {
        params: IdParam,
        body: {
          required: true,
          ...json(z.object({ userId: z.uuid() }).openapi('AddCareTeamMember')),
        },
      },
      responses: { 204: { description: 'Added' }, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const { userId } = c.req.valid('json')
      const session = sessionOf(c)
      authorize(session, 'patient.care_team')
      await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
        if (!(await findPatient(tx, id))) throw new AppError('not_found', 'patient.not_found')
        await addToCareTeam(tx, session, id, userId)
      })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}/care-team/{userId}',
      tags: [TAG],
      summary: 'Remove someone from the care team',
      middleware: [requireSession()],
      request: { params: IdParam.extend({ userId: z.uuid() }) },
      responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id, userId } = c.req.valid('param')
      authorize(sessionOf(c), 'patient.care_team')
      await withClinic(c.var.deps.db, tenantOf(c), (tx) => removeFromCareTeam(tx, id, userId))
      return c.body(null, 204)
    },
  )

/** Mounted at /clinicians. */
export const clinicianRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: [TAG],
    summary: 'Active doctors and assistants (to choose a care team from)',
    middleware: [requireSession()],
    responses: {
      200: { description: 'The clinicians', ...json(z.array(ClinicianSchema)) },
      ...errorResponses(401, 403),
    },
  }),
  async (c) => {
    authorize(sessionOf(c), 'patient.read')
    const clinicians = await withClinic(c.var.deps.db, tenantOf(c), listClinicians)
    return c.json(
      clinicians.map((clinician) => ({
        userId: clinician.user_id,
        fullName: clinician.full_name,
        role: clinician.role,
      })),
      200,
    )
  },
)
