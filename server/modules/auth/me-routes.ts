import { createRoute, z } from '@hono/zod-openapi'
import {
  ChangePasswordSchema,
  CurrentPasswordSchema,
  MeSchema,
  MySessionSchema,
  TwoFactorCodeSchema,
  TwoFactorSetupSchema,
} from '../../../shared/contracts/auth.ts'
import { withClinic } from '../../db/with-clinic.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { tenantOf } from '../../http/tenant.ts'
import { confirmCurrentPassword } from './confirm-password.ts'
import {
  changePassword,
  confirmTwoFactor,
  disableTwoFactor,
  getMe,
  startTwoFactor,
} from './my-account.ts'
import { requireSession, sessionOf } from './session-middleware.ts'

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const signedIn = [requireSession()]

export const meRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Me'],
      summary: 'The signed-in person, their clinic and role',
      middleware: signedIn,
      responses: {
        200: { description: 'The signed-in person, their clinic and role', ...json(MeSchema) },
        ...errorResponses(401),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      return c.json(await withClinic(c.var.deps.db, tenantOf(c), (tx) => getMe(tx, session)), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password',
      tags: ['Me'],
      summary: 'Change my password (ends my other sessions)',
      middleware: signedIn,
      request: {
        body: {
          required: true,
          ...json(ChangePasswordSchema),
        },
      },
      responses: { 204: { description: 'Changed' }, ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const { db, hasher, clock } = c.var.deps
      const session = sessionOf(c)
      const { currentPassword, newPassword } = c.req.valid('json')
      await confirmCurrentPassword(c, 'currentPassword', currentPassword)
      await withClinic(db, tenantOf(c), (tx) =>
        changePassword(tx, session, hasher, { newPassword, now: clock() }),
      )
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sessions',
      tags: ['Me'],
      summary: 'My sessions at this clinic',
      middleware: signedIn,
      responses: {
        200: { description: 'The sessions', ...json(z.array(MySessionSchema)) },
        ...errorResponses(401),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      const now = c.var.deps.clock()
      const rows = await withClinic(c.var.deps.db, tenantOf(c), (tx) =>
        tx
          .selectFrom('sessions')
          .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent'])
          .where('user_id', '=', session.userId)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', now)
          .orderBy('last_seen_at', 'desc')
          .execute(),
      )
      return c.json(
        rows.map((row) => ({
          id: row.id,
          createdAt: new Date(row.created_at).toISOString(),
          lastSeenAt: new Date(row.last_seen_at).toISOString(),
          expiresAt: new Date(row.expires_at).toISOString(),
          userAgent: row.user_agent,
          isCurrent: row.id === session.sessionId,
        })),
        200,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/two-factor',
      tags: ['Me'],
      summary: 'Start two-factor set-up: a secret and QR code to scan',
      middleware: signedIn,
      responses: {
        201: {
          description: 'The secret and QR code to scan',
          ...json(TwoFactorSetupSchema),
        },
        ...errorResponses(401, 403, 409),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      return c.json(
        await withClinic(c.var.deps.db, tenantOf(c), (tx) => startTwoFactor(tx, session)),
        201,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/two-factor/confirm',
      tags: ['Me'],
      summary: 'Turn two-factor on with a code from the app',
      middleware: signedIn,
      request: {
        body: {
          required: true,
          ...json(TwoFactorCodeSchema),
        },
      },
      responses: {
        204: { description: 'Two-factor is on' },
        ...errorResponses(400, 401, 403, 409),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      const { db, clock } = c.var.deps
      await withClinic(db, tenantOf(c), (tx) =>
        confirmTwoFactor(tx, session, c.req.valid('json').code, clock()),
      )
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/two-factor/disable',
      tags: ['Me'],
      summary: 'Turn two-factor off (needs the password)',
      middleware: signedIn,
      request: {
        body: {
          required: true,
          ...json(CurrentPasswordSchema),
        },
      },
      responses: {
        204: { description: 'Two-factor is off' },
        ...errorResponses(400, 401, 403, 429),
      },
    }),
    async (c) => {
      const session = sessionOf(c)
      await confirmCurrentPassword(c, 'password', c.req.valid('json').password)
      await withClinic(c.var.deps.db, tenantOf(c), (tx) => disableTwoFactor(tx, session))
      return c.body(null, 204)
    },
  )
