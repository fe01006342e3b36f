import { timingSafeEqual } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import {
  type ClinicWhatsAppProvider,
  WHATSAPP_PROVIDERS,
} from '../../../shared/contracts/messaging.ts'
import type { AppDependencies } from '../../http/app-env.ts'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { parseInteraktWebhook } from '../../lib/whatsapp/interakt-webhook.ts'
import { isValidMetaSignature } from '../../lib/whatsapp/meta-signature.ts'
import { type MetaWebhookEvent, parseMetaWebhook } from '../../lib/whatsapp/meta-webhook.ts'
import { parseWatiWebhook } from '../../lib/whatsapp/wati-webhook.ts'
import { clinicOfWebhook, isSignedByProvider } from './clinic-webhook.ts'
import { receiveReply } from './receive-reply.ts'
import { recordDelivery } from './record-delivery.ts'

const tags = ['Webhooks']

const ProviderParam = z.object({
  provider: z.enum(['meta']).meta({ description: 'The WhatsApp provider sending the webhook' }),
})

const challengeRoute = createRoute({
  method: 'get',
  path: '/{provider}',
  tags,
  summary: 'Meta’s webhook subscription check: echoes hub.challenge for the right verify token',
  description:
    'Meta calls this once when the webhook is set up, with hub.mode=subscribe, hub.verify_token (META_VERIFY_TOKEN) and hub.challenge. No session.',
  request: {
    params: ProviderParam,
    query: z.object({
      'hub.mode': z.string().max(32).optional(),
      'hub.verify_token': z.string().max(256).optional(),
      'hub.challenge': z.string().max(256).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The challenge, as plain text',
      content: { 'text/plain': { schema: z.string() } },
    },
    ...errorResponses(400, 403, 404),
  },
})

const eventsRoute = createRoute({
  method: 'post',
  path: '/{provider}',
  tags,
  summary: 'Delivery statuses and incoming messages from WhatsApp (signed by the provider)',
  description:
    'The raw body must be signed: X-Hub-Signature-256 is sha256=HMAC-SHA256(body, META_APP_SECRET). Checked before the body is parsed; 401 without a valid signature, and nothing is recorded. Statuses for unknown messages are accepted and ignored. No session.',
  request: { params: ProviderParam },
  responses: {
    200: { description: 'Received' },
    ...errorResponses(400, 401, 404),
  },
})

const ClinicWebhookParams = z.object({
  provider: z
    .enum(WHATSAPP_PROVIDERS)
    .meta({ description: 'The provider of the clinic’s own account' }),
  token: z.string().max(64).meta({
    description: 'The secret shown in Settings → Messaging when the account was connected',
  }),
})

const clinicChallengeRoute = createRoute({
  method: 'get',
  path: '/{provider}/{token}',
  tags,
  summary:
    'Meta’s subscription check for a clinic’s own app (the verify token is the address’s token)',
  description: 'Only for provider meta. No session.',
  request: { params: ClinicWebhookParams, query: challengeRoute.request.query },
  responses: {
    200: {
      description: 'The challenge, as plain text',
      content: { 'text/plain': { schema: z.string() } },
    },
    ...errorResponses(400, 403),
  },
})

const clinicEventsRoute = createRoute({
  method: 'post',
  path: '/{provider}/{token}',
  tags,
  summary: 'Statuses and replies from a clinic’s own WhatsApp account (Meta, Interakt or Wati)',
  description:
    'The address, shown to owners and admins in Settings → Messaging, carries a secret; Meta’s events must also carry X-Hub-Signature-256 with the clinic’s app secret, and Interakt’s its Interakt-Signature when the clinic gave a webhook secret. 401 otherwise, nothing recorded. Events touch only that clinic’s messages. No session.',
  request: { params: ClinicWebhookParams },
  responses: {
    200: { description: 'Received' },
    ...errorResponses(400, 401),
  },
})

/** Mounted at /webhooks/whatsapp. */
export const whatsappWebhookRoutes = createRouter()
  .openapi(challengeRoute, (c) => {
    const secrets = c.var.deps.metaWebhook
    const query = c.req.valid('query')
    const token = query['hub.verify_token'] ?? ''
    if (!secrets || query['hub.mode'] !== 'subscribe' || !sameText(token, secrets.verifyToken)) {
      throw new AppError('forbidden', 'webhook.bad_verify_token')
    }
    return c.text(query['hub.challenge'] ?? '', 200)
  })
  .openapi(eventsRoute, async (c) => {
    const { deps } = c.var
    const raw = new Uint8Array(await c.req.arrayBuffer())
    const signature = c.req.header('X-Hub-Signature-256')
    if (!deps.metaWebhook || !isValidMetaSignature(raw, signature, deps.metaWebhook.appSecret)) {
      throw new AppError('unauthenticated', 'webhook.bad_signature')
    }
    let events: MetaWebhookEvent[]
    try {
      events = parseMetaWebhook(JSON.parse(new TextDecoder().decode(raw)))
    } catch {
      // Signed by Meta but not the documented envelope: acknowledged, so Meta does not retry
      // it for days, and logged without its content.
      deps.logger.warn({ provider: 'meta' }, 'whatsapp webhook: not a known envelope, ignored')
      return c.body(null, 200)
    }
    await takeEvents(deps, 'meta', events)
    return c.body(null, 200)
  })
  .openapi(clinicChallengeRoute, async (c) => {
    const { provider, token } = c.req.valid('param')
    const query = c.req.valid('query')
    const given = query['hub.verify_token'] ?? ''
    // Meta's subscription check for a clinic's own app: the verify token is the address's token.
    const found =
      provider === 'meta' ? await clinicOfWebhook(c.var.deps, provider, token) : undefined
    if (!found || query['hub.mode'] !== 'subscribe' || !sameText(given, token)) {
      throw new AppError('forbidden', 'webhook.bad_verify_token')
    }
    return c.text(query['hub.challenge'] ?? '', 200)
  })
  .openapi(clinicEventsRoute, async (c) => {
    const { deps } = c.var
    const { provider, token } = c.req.valid('param')
    const raw = new Uint8Array(await c.req.arrayBuffer())
    const found = await clinicOfWebhook(deps, provider, token)
    // An address nobody holds, or a body the clinic's provider did not sign: the same 401.
    if (!found || !isSignedByProvider(found.credentials, raw, (name) => c.req.header(name))) {
      throw new AppError('unauthenticated', 'webhook.bad_signature')
    }
    let events: MetaWebhookEvent[]
    try {
      events = parseClinicWebhook(provider, JSON.parse(new TextDecoder().decode(raw)), deps.clock())
    } catch {
      deps.logger.warn({ provider }, 'whatsapp webhook: not a known envelope, ignored')
      return c.body(null, 200)
    }
    await takeEvents(deps, provider, events, found.clinicId)
    return c.body(null, 200)
  })

function parseClinicWebhook(
  provider: ClinicWhatsAppProvider,
  body: unknown,
  now: Date,
): MetaWebhookEvent[] {
  switch (provider) {
    case 'meta':
      return parseMetaWebhook(body)
    case 'interakt':
      return parseInteraktWebhook(body, now)
    case 'wati':
      return parseWatiWebhook(body, now)
  }
}

/** Statuses and replies, each on its own (one failing does not lose the others' effect). */
async function takeEvents(
  deps: AppDependencies,
  provider: ClinicWhatsAppProvider,
  events: readonly MetaWebhookEvent[],
  clinicId?: string,
) {
  let unknown = 0
  for (const event of events) {
    const outcome =
      event.type === 'status'
        ? await recordDelivery(deps.db, { provider, ...event }, { clinicId })
        : await receiveReply(deps, { provider, ...event }, { clinicId })
    if (outcome === 'unknown') unknown += 1
  }
  // Ids only: never a number or a text.
  if (unknown > 0)
    deps.logger.info(
      { provider, unknown },
      'whatsapp webhook: events for unknown messages or numbers ignored',
    )
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
