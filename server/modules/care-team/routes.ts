import { createRoute, z } from '@hono/zod-openapi'
import {
  AddCareTeamMemberSchema,
  CareTeamMemberParam,
  CareTeamMemberSchema,
  ClinicianSchema,
} from '../../../shared/contracts/care-team.ts'
import { PatientIdParam } from '../../../shared/contracts/patients.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { findPatient } from '../patients/index.ts'
import { addCareTeamMember } from './add-care-team-member.ts'
import { presentClinician, presentMember } from './present.ts'
import { findCareTeam, findClinicians } from './queries.ts'
import { removeCareTeamMember } from './remove-care-team-member.ts'

const TAG = 'Care team'
const DESCRIPTION =
  'Doctors and assistants see the clinical records of the patients on whose care team they are (doctors: all patients if the clinic setting allows).'

const listCareTeamRoute = createRoute({
  method: 'get',
  path: '/{id}/care-team',
  tags: [TAG],
  summary: "A patient's care team",
  description: DESCRIPTION,
  middleware: [sessionRequired],
  request: { params: PatientIdParam },
  responses: {
    200: { description: "The patient's care team", ...json(z.array(CareTeamMemberSchema)) },
    ...errorResponses(400, 401, 403, 404),
  },
})

const addMemberRoute = createRoute({
  method: 'post',
  path: '/{id}/care-team',
  tags: [TAG],
  summary: 'Add a doctor or assistant to the care team',
  description: DESCRIPTION,
  middleware: [sessionRequired],
  request: {
    params: PatientIdParam,
    body: { required: true, ...json(AddCareTeamMemberSchema) },
  },
  responses: { 204: { description: 'Added' }, ...errorResponses(400, 401, 403, 404, 409) },
})

const removeMemberRoute = createRoute({
  method: 'delete',
  path: '/{id}/care-team/{userId}',
  tags: [TAG],
  summary: 'Remove someone from the care team',
  middleware: [sessionRequired],
  request: { params: CareTeamMemberParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(400, 401, 403, 404) },
})

export const careTeamRoutes = createRouter()
  .openapi(
    listCareTeamRoute,
    clinicRoute(listCareTeamRoute, { can: 'patient.read' }, async (c, { tx }) => {
      const { id } = c.req.valid('param')
      if (!(await findPatient(tx, id))) throw new AppError('not_found', 'patient.not_found')
      const members = await findCareTeam(tx, id)
      return c.json(members.map(presentMember), 200)
    }),
  )
  .openapi(
    addMemberRoute,
    clinicRoute(addMemberRoute, { can: 'patient.care_team' }, async (c, { tx, actor }) => {
      const { id } = c.req.valid('param')
      await addCareTeamMember(tx, actor, id, c.req.valid('json').userId)
      return c.body(null, 204)
    }),
  )
  .openapi(
    removeMemberRoute,
    clinicRoute(removeMemberRoute, { can: 'patient.care_team' }, async (c, { tx }) => {
      const { id, userId } = c.req.valid('param')
      await removeCareTeamMember(tx, id, userId)
      return c.body(null, 204)
    }),
  )

const listCliniciansRoute = createRoute({
  method: 'get',
  path: '/',
  tags: [TAG],
  summary: 'Active doctors and assistants (to choose a care team from)',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The clinicians', ...json(z.array(ClinicianSchema)) },
    ...errorResponses(401, 403),
  },
})

/** Mounted at /clinicians. */
export const clinicianRoutes = createRouter().openapi(
  listCliniciansRoute,
  clinicRoute(listCliniciansRoute, { can: 'patient.read' }, async (c, { tx }) => {
    const clinicians = await findClinicians(tx)
    return c.json(clinicians.map(presentClinician), 200)
  }),
)
