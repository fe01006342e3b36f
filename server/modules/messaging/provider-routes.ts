import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import {
  ConnectProviderSchema,
  MessagingProviderSchema,
} from '../../../shared/contracts/messaging.ts'
import type { AppEnv } from '../../http/app-env.ts'
import { clinicRoute, sessionRequired, streamingClinicRoute } from '../../http/clinic-route.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { json } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import {
  credentialsOf,
  disconnectProvider,
  saveProvider,
  sendTestMessage,
} from './connect-provider.ts'
import { readProvider } from './read-provider.ts'

const tags = ['Messaging']

const readRoute = createRoute({
  method: 'get',
  path: '/provider',
  tags,
  summary: 'Who sends the clinic’s WhatsApp messages: its own account, or the shared sender',
  description:
    'Owners and admins (messaging.manage). With the clinic’s own account: its label and the webhook address to paste into the provider; never a credential.',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The sender', ...json(MessagingProviderSchema) },
    ...errorResponses(401, 403),
  },
})

const connectRoute = createRoute({
  method: 'put',
  path: '/provider',
  tags,
  summary: 'Connect the clinic’s own WhatsApp account (Meta, Interakt or Wati)',
  description:
    'Owners and admins (messaging.manage). A test message is sent to testMobile through the account first; the credentials are kept (sealed with the clinic’s key) only if the provider accepts it. A Wati endpoint must be https on wati.io. Replaces an earlier account.',
  middleware: [sessionRequired],
  request: { body: { required: true, ...json(ConnectProviderSchema) } },
  responses: {
    200: { description: 'Connected', ...json(MessagingProviderSchema) },
    ...errorResponses(400, 401, 403),
  },
})

const disconnectRoute = createRoute({
  method: 'delete',
  path: '/provider',
  tags,
  summary: 'Disconnect the clinic’s own WhatsApp account: back to the shared sender',
  description: 'Owners and admins (messaging.manage). Its sealed credentials are deleted.',
  middleware: [sessionRequired],
  responses: {
    200: { description: 'The sender now', ...json(MessagingProviderSchema) },
    ...errorResponses(401, 403),
  },
})

const manage = { can: 'messaging.manage', needs: ['cipher'] } as const

/** The API's own address, for the webhook URL the clinic pastes into its provider. */
function apiBaseUrl(c: Context<AppEnv>): string {
  const origin = c.var.deps.publicUrl?.replace(/\/+$/, '') ?? new URL(c.req.url).origin
  return `${origin}/api/v1`
}

/** Mounted at /messaging. */
export const providerRoutes = createRouter()
  .openapi(
    readRoute,
    clinicRoute(readRoute, manage, async (c, { tx, cipher }) => {
      const context = { shared: c.var.deps.whatsapp.kind, apiBaseUrl: apiBaseUrl(c) }
      return c.json(await readProvider(tx, cipher, context), 200)
    }),
  )
  .openapi(
    connectRoute,
    // Admitted like any clinic route, then no transaction is held while the provider answers
    // the test message (up to 8 s: a pooled connection, or PGlite's only one, stays free).
    streamingClinicRoute(connectRoute, manage, async (c, scope) => {
      const { deps } = c.var
      const body = c.req.valid('json')
      const credentials = credentialsOf(body, deps.whatsappEndpoints)
      const clinic = await scope.inTransaction((tx) =>
        tx.selectFrom('clinics').select('name').executeTakeFirstOrThrow(),
      )
      await sendTestMessage(credentials, deps.whatsappEndpoints, {
        clinicName: clinic.name,
        mobile: body.testMobile.slice(3),
      })
      const context = { shared: deps.whatsapp.kind, apiBaseUrl: apiBaseUrl(c) }
      const saved = await scope.inTransaction(async (tx) => {
        const { clinicId, userId } = scope.actor
        await saveProvider(tx, {
          clinicId,
          userId,
          credentials,
          cipher: scope.cipher,
          now: scope.now,
        })
        return readProvider(tx, scope.cipher, context)
      })
      return c.json(saved, 200)
    }),
  )
  .openapi(
    disconnectRoute,
    clinicRoute(disconnectRoute, manage, async (c, { tx, cipher }) => {
      await disconnectProvider(tx)
      const context = { shared: c.var.deps.whatsapp.kind, apiBaseUrl: apiBaseUrl(c) }
      return c.json(await readProvider(tx, cipher, context), 200)
    }),
  )
