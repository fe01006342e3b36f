import { createRoute, type z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { sql } from 'kysely'
import {
  AcceptInvitationSchema,
  ClinicChoiceSchema,
  InvitationSummarySchema,
  LoginSchema,
  MeSchema,
  ResetConfirmSchema,
  ResetRequestSchema,
  SignUpSchema,
  TokenSchema,
} from '../../../shared/contracts/auth.ts'
import { englishText } from '../../../shared/errors/reasons.ts'
import { withClinic } from '../../db/with-clinic.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { createRouter } from '../../http/router.ts'
import { requestOrigin } from '../../http/tenant.ts'
import { recordEvent } from '../audit/index.ts'
import { acceptInvitation, findInvitation } from './accept-invitation.ts'
import { getMe } from './my-account.ts'
import { baseUrlOf, openSession } from './open-session.ts'
import { requestPasswordReset, resetPassword } from './password-reset.ts'
import { clearSessionCookies } from './session-cookie.ts'
import { requireSession, sessionOf } from './session-middleware.ts'
import { signIn } from './sign-in.ts'
import { signUp } from './sign-up.ts'

/** No session needed: these open one, or work before anyone is signed in. */
const PUBLIC: Record<string, string[]>[] = []
const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } })
const signedIn = { description: 'Signed in; session cookies set', ...json(MeSchema) }

/** Opens the session, then answers with what GET /me would say. */
async function signInAndDescribe(c: Context<AppEnv>, who: { clinicId: string; userId: string }) {
  const session = await openSession(c, who)
  return withClinic(c.var.deps.db, { ...who, request: requestOrigin(c) }, (tx) =>
    getMe(tx, session),
  )
}

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/signup',
      security: PUBLIC,
      tags: ['Auth'],
      summary: 'Create a clinic and its owner, and sign in',
      request: { body: { required: true, ...json(SignUpSchema) } },
      responses: { 201: signedIn, ...errorResponses(400, 403, 409, 429) },
    }),
    async (c) => {
      const { db, hasher, clock } = c.var.deps
      const context = { request: requestOrigin(c), now: clock() }
      const who = await signUp(db, hasher, c.req.valid('json'), context)
      return c.json(await signInAndDescribe(c, who), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/login',
      security: PUBLIC,
      tags: ['Auth'],
      summary: 'Sign in with email, password and (when on) a TOTP code',
      request: { body: { required: true, ...json(LoginSchema) } },
      responses: {
        200: signedIn,
        409: {
          description: 'The account works at several clinics: choose one',
          ...json(ClinicChoiceSchema),
        },
        ...errorResponses(400, 401, 403, 429),
      },
    }),
    async (c) => {
      const { db, hasher, clock } = c.var.deps
      const result = await signIn(db, hasher, c.req.valid('json'), {
        now: clock(),
        request: requestOrigin(c),
      })
      if (result.kind === 'choose-clinic') {
        const error = {
          code: 'conflict' as const,
          reason: 'auth.choose_clinic' as const,
          params: {},
          message: englishText('auth.choose_clinic', {}),
          requestId: c.var.requestId,
        }
        return c.json({ error, clinics: result.clinics }, 409)
      }
      return c.json(await signInAndDescribe(c, result), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/logout',
      tags: ['Auth'],
      summary: 'Sign out of this browser',
      middleware: [requireSession()],
      responses: { 204: { description: 'Signed out' }, ...errorResponses(401, 403) },
    }),
    async (c) => {
      const session = sessionOf(c)
      const { db, clock } = c.var.deps
      await withClinic(db, { ...session, request: requestOrigin(c) }, async (tx) => {
        await tx
          .updateTable('sessions')
          .set({ revoked_at: clock() })
          .where('id', '=', session.sessionId)
          .execute()
        await recordEvent(tx, 'auth.logout')
      })
      clearSessionCookies(c)
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/logout-everywhere',
      tags: ['Auth'],
      summary: 'Sign out of every browser, in every clinic',
      middleware: [requireSession()],
      responses: { 204: { description: 'All sessions ended' }, ...errorResponses(401, 403) },
    }),
    async (c) => {
      const session = sessionOf(c)
      const { db, clock } = c.var.deps
      await withClinic(db, { ...session, request: requestOrigin(c) }, async (tx) => {
        await sql`SELECT auth_revoke_my_sessions(${clock()})`.execute(tx)
        await recordEvent(tx, 'auth.logout_everywhere')
      })
      clearSessionCookies(c)
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password-reset',
      security: PUBLIC,
      tags: ['Auth'],
      summary: 'Email a password reset link',
      description: 'Always 202, whether or not the email has an account.',
      request: { body: { required: true, ...json(ResetRequestSchema) } },
      responses: {
        202: { description: 'If the email has an account, a link is on its way' },
        ...errorResponses(400, 403, 429),
      },
    }),
    async (c) => {
      const { email } = c.req.valid('json')
      const deps = c.var.deps
      await requestPasswordReset(deps, {
        email,
        now: deps.clock(),
        baseUrl: baseUrlOf(c),
        request: requestOrigin(c),
      })
      return c.body(null, 202)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/password-reset/confirm',
      security: PUBLIC,
      tags: ['Auth'],
      summary: 'Set a new password with a reset link',
      request: { body: { required: true, ...json(ResetConfirmSchema) } },
      responses: {
        204: { description: 'Password changed; every session ended' },
        ...errorResponses(400, 403, 410),
      },
    }),
    async (c) => {
      const deps = c.var.deps
      await resetPassword(deps, {
        ...c.req.valid('json'),
        now: deps.clock(),
        request: requestOrigin(c),
      })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/invitations/lookup',
      security: PUBLIC,
      tags: ['Auth'],
      summary: 'What an invitation link is for',
      description: 'The token travels in the request body, never in a URL.',
      request: { body: { required: true, ...json(TokenSchema) } },
      responses: {
        200: {
          description: 'What the invitation is for',
          ...json(InvitationSummarySchema),
        },
        ...errorResponses(400, 403, 410),
      },
    }),
    async (c) =>
      c.json(
        await findInvitation(c.var.deps.db, c.req.valid('json').token, c.var.deps.clock()),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/invitations/accept',
      security: PUBLIC,
      tags: ['Auth'],
      summary: 'Accept an invitation and sign in',
      request: {
        body: {
          required: true,
          ...json(AcceptInvitationSchema),
        },
      },
      responses: { 201: signedIn, ...errorResponses(400, 401, 403, 410) },
    }),
    async (c) => {
      const { db, hasher, clock } = c.var.deps
      const who = await acceptInvitation(db, hasher, {
        ...c.req.valid('json'),
        now: clock(),
        request: requestOrigin(c),
      })
      return c.json(await signInAndDescribe(c, who), 201)
    },
  )
