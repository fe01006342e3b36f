import { createRoute, z } from '@hono/zod-openapi'
import {
  ChangeStaffSchema,
  InvitationSchema,
  InviteStaffSchema,
  StaffMemberSchema,
} from '../../../shared/contracts/staff.ts'
import { clinicRoute, sessionRequired } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { enqueueEmail } from '../../jobs/index.ts'
import { baseUrlOf, invitationEmail } from '../auth/index.ts'
import { changeStaff } from './change-staff.ts'
import { deactivateStaff } from './deactivate-staff.ts'
import { inviteStaff } from './invite-staff.ts'
import { presentInvitation, presentMember } from './present.ts'
import { findInvitations, findMemberWithUser, selectMembers } from './queries.ts'
import { withdrawInvitation } from './withdraw-invitation.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const IdParam = z.object({ id: z.uuid() })

const listStaffRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Staff'],
  summary: 'Everyone who works at this clinic',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The staff', ...json(z.array(StaffMemberSchema)) },
    ...errorResponses(401, 403),
  },
})

// Any member reads their own membership (the policy lets everyone see their own row): a doctor
// checks the qualification, council and registration their prescriptions will print.
const myMembershipRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Staff'],
  summary: 'My own membership, with the details my prescriptions print',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'My membership', ...json(StaffMemberSchema) },
    ...errorResponses(401, 403),
  },
})

const listInvitationsRoute = createRoute({
  method: 'get',
  path: '/invitations',
  tags: ['Staff'],
  summary: 'Invitations sent by this clinic',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The invitations', ...json(z.array(InvitationSchema)) },
    ...errorResponses(401, 403),
  },
})

const inviteRoute = createRoute({
  method: 'post',
  path: '/invitations',
  tags: ['Staff'],
  summary: 'Invite someone by email (link valid 48 hours)',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(InviteStaffSchema) } },
  responses: {
    201: { description: 'The invitation sent', ...json(InvitationSchema) },
    ...errorResponses(400, 401, 403, 409),
  },
})

const withdrawInvitationRoute = createRoute({
  method: 'delete',
  path: '/invitations/{id}',
  tags: ['Staff'],
  summary: 'Withdraw an invitation',
  middleware: [sessionRequired],
  request: { params: IdParam },
  responses: { 204: { description: 'Withdrawn' }, ...errorResponses(400, 401, 403, 404) },
})

const changeStaffRoute = createRoute({
  method: 'patch',
  path: '/{id}',
  tags: ['Staff'],
  summary: "Change a member's role or registration",
  middleware: [sessionRequired],
  request: { params: IdParam, body: { required: true, ...json(ChangeStaffSchema) } },
  responses: {
    200: { description: 'The changed member', ...json(StaffMemberSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

const deactivateRoute = createRoute({
  method: 'post',
  path: '/{id}/deactivate',
  tags: ['Staff'],
  summary: 'Deactivate a member (their sessions end at once)',
  middleware: [sessionRequired],
  request: { params: IdParam },
  responses: {
    200: { description: 'The deactivated member', ...json(StaffMemberSchema) },
    ...errorResponses(400, 401, 403, 404, 409),
  },
})

/** The clinic's staff and invitations (mounted at /staff). */
export const staffRoutes = createRouter()
  .openapi(
    listStaffRoute,
    clinicRoute(listStaffRoute, { can: 'staff.read' }, async (c, { tx }) => {
      const rows = await selectMembers(tx).orderBy('users.full_name').execute()
      return c.json(rows.map(presentMember), 200)
    }),
  )
  .openapi(
    myMembershipRoute,
    clinicRoute(myMembershipRoute, { can: 'signed-in' }, async (c, { tx, actor }) => {
      const row = await selectMembers(tx)
        .where('memberships.user_id', '=', actor.userId)
        .executeTakeFirstOrThrow()
      return c.json(presentMember(row), 200)
    }),
  )
  .openapi(
    listInvitationsRoute,
    clinicRoute(listInvitationsRoute, { can: 'staff.manage' }, async (c, { tx, now }) => {
      const rows = await findInvitations(tx)
      return c.json(
        rows.map((row) => presentInvitation(row, now)),
        200,
      )
    }),
  )
  .openapi(
    inviteRoute,
    clinicRoute(inviteRoute, { can: 'staff.manage' }, async (c, { tx, actor, now }) => {
      const created = await inviteStaff(tx, actor, c.req.valid('json'), now)
      // Sent by the worker once this commits; an invite that rolls back is never mailed.
      await enqueueEmail(
        tx,
        c.var.deps,
        invitationEmail({
          to: created.invitation.email,
          clinicId: actor.clinicId,
          clinicName: created.clinicName,
          inviterName: created.inviterName,
          role: created.invitation.role,
          baseUrl: baseUrlOf(c),
          token: created.token,
        }),
      )
      return c.json(presentInvitation(created.invitation, now), 201)
    }),
  )
  .openapi(
    withdrawInvitationRoute,
    clinicRoute(withdrawInvitationRoute, { can: 'staff.manage' }, async (c, { tx, now }) => {
      await withdrawInvitation(tx, c.req.valid('param').id, now)
      return c.body(null, 204)
    }),
  )
  .openapi(
    changeStaffRoute,
    clinicRoute(changeStaffRoute, { can: 'staff.manage' }, async (c, { tx, actor, now }) => {
      const { id } = c.req.valid('param')
      const updated = await changeStaff(tx, actor, id, c.req.valid('json'), now)
      return c.json(presentMember(await findMemberWithUser(tx, updated.id)), 200)
    }),
  )
  .openapi(
    deactivateRoute,
    clinicRoute(deactivateRoute, { can: 'staff.manage' }, async (c, { tx, actor, now }) => {
      const updated = await deactivateStaff(tx, actor, c.req.valid('param').id, now)
      return c.json(presentMember(await findMemberWithUser(tx, updated.id)), 200)
    }),
  )
