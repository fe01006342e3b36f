import { createRoute, z } from '@hono/zod-openapi'
import { withClinic } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { authorize } from '../access/index.ts'
import { recordEvent } from '../audit/record.ts'
import { invitationEmail } from '../auth/emails.ts'
import { baseUrlOf } from '../auth/open-session.ts'
import { errorResponses } from '../auth/schemas.ts'
import { requireSession, sessionOf } from '../auth/session-middleware.ts'
import { inviteStaff } from './invite-staff.ts'
import { changeStaff, deactivateStaff } from './manage-staff.ts'
import { presentInvitation, presentMember } from './present.ts'
import { findMemberWithUser, selectMembers } from './queries.ts'
import {
  ChangeStaffSchema,
  IdParam,
  InvitationSchema,
  InviteSchema,
  MemberSchema,
} from './schemas.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const signedIn = [requireSession()]

export const staffRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Staff'],
      summary: 'Everyone who works at this clinic',
      middleware: signedIn,
      responses: {
        200: { description: 'The staff', ...json(z.array(MemberSchema)) },
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      authorize(sessionOf(c), 'staff.read')
      const rows = await withClinic(c.var.deps.db, tenantOf(c), (tx) =>
        selectMembers(tx).orderBy('users.full_name').execute(),
      )
      return c.json(rows.map(presentMember), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/invitations',
      tags: ['Staff'],
      summary: 'Invitations sent by this clinic',
      middleware: signedIn,
      responses: {
        200: { description: 'The invitations', ...json(z.array(InvitationSchema)) },
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      authorize(sessionOf(c), 'staff.manage')
      const rows = await withClinic(c.var.deps.db, tenantOf(c), (tx) =>
        tx
          .selectFrom('invitations')
          .select(['id', 'email', 'role', 'created_at', 'expires_at', 'accepted_at', 'revoked_at'])
          .orderBy('created_at', 'desc')
          .limit(200)
          .execute(),
      )
      const now = c.var.deps.clock()
      return c.json(
        rows.map((row) => presentInvitation(row, now)),
        200,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/invitations',
      tags: ['Staff'],
      summary: 'Invite someone by email (link valid 48 hours)',
      middleware: signedIn,
      request: { body: { required: true, ...json(InviteSchema) } },
      responses: {
        201: { description: 'The invitation sent', ...json(InvitationSchema) },
        ...errorResponses(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      const { db, clock, email, logger } = c.var.deps
      const now = clock()
      const created = await withClinic(db, tenantOf(c), async (tx) => {
        const result = await inviteStaff(tx, session, c.req.valid('json'), now)
        const clinic = await tx.selectFrom('clinics').select('name').executeTakeFirstOrThrow()
        const inviter = await tx
          .selectFrom('users')
          .select('full_name')
          .where('id', '=', session.userId)
          .executeTakeFirstOrThrow()
        return { ...result, clinicName: clinic.name, inviterName: inviter.full_name }
      })
      // After the commit. The link carries a secret, so it is sent, never stored.
      await email
        .send(
          invitationEmail({
            to: created.invitation.email,
            clinicId: session.clinicId,
            clinicName: created.clinicName,
            inviterName: created.inviterName,
            role: created.invitation.role,
            baseUrl: baseUrlOf(c),
            token: created.token,
          }),
        )
        .catch((error: unknown) =>
          logger.error({ err: (error as Error).message }, 'invitation email failed'),
        )
      return c.json(presentInvitation(created.invitation, now), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/invitations/{id}',
      tags: ['Staff'],
      summary: 'Withdraw an invitation',
      middleware: signedIn,
      request: { params: IdParam },
      responses: { 204: { description: 'Withdrawn' }, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      authorize(sessionOf(c), 'staff.manage')
      const { id } = c.req.valid('param')
      const now = c.var.deps.clock()
      await withClinic(c.var.deps.db, tenantOf(c), async (tx) => {
        const result = await tx
          .updateTable('invitations')
          .set({ revoked_at: now })
          .where('id', '=', id)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .executeTakeFirst()
        if (Number(result.numUpdatedRows) === 0)
          throw new AppError('not_found', 'staff.invitation_not_found')
        await recordEvent(tx, 'staff.invitation_revoked', { invitationId: id })
      })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags: ['Staff'],
      summary: "Change a member's role or registration",
      middleware: signedIn,
      request: { params: IdParam, body: { required: true, ...json(ChangeStaffSchema) } },
      responses: {
        200: { description: 'The changed member', ...json(MemberSchema) },
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      const { db, clock } = c.var.deps
      const member = await withClinic(db, tenantOf(c), async (tx) => {
        const updated = await changeStaff(
          tx,
          session,
          c.req.valid('param').id,
          c.req.valid('json'),
          clock(),
        )
        return findMemberWithUser(tx, updated.id)
      })
      return c.json(presentMember(member), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/deactivate',
      tags: ['Staff'],
      summary: 'Deactivate a member (their sessions end at once)',
      middleware: signedIn,
      request: { params: IdParam },
      responses: {
        200: { description: 'The deactivated member', ...json(MemberSchema) },
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      const { db, clock } = c.var.deps
      const member = await withClinic(db, tenantOf(c), async (tx) => {
        const updated = await deactivateStaff(tx, session, c.req.valid('param').id, clock())
        return findMemberWithUser(tx, updated.id)
      })
      return c.json(presentMember(member), 200)
    },
  )
