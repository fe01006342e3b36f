import { timingSafeEqual } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import { errorResponses } from '../../http/error-responses.ts'
import { AppError } from '../../http/errors.ts'
import { createRouter } from '../../http/router.ts'
import { isValidMetaSignature } from '../../lib/whatsapp/meta-signature.ts'
import { parseMetaWebhook } from '../../lib/whatsapp/meta-webhook.ts'
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
    let events: ReturnType<typeof parseMetaWebhook>
    try {
      events = parseMetaWebhook(JSON.parse(new TextDecoder().decode(raw)))
    } catch {
      // Signed by Meta but not the documented envelope: acknowledged, so Meta does not retry
      // it for days, and logged without its content.
      deps.logger.warn({ provider: 'meta' }, 'whatsapp webhook: not a known envelope, ignored')
      return c.body(null, 200)
    }
    let unknown = 0
    for (const event of events) {
      const outcome =
        event.type === 'status'
          ? await recordDelivery(deps.db, { provider: 'meta', ...event })
          : await receiveReply(deps, { provider: 'meta', ...event })
      if (outcome === 'unknown') unknown += 1
    }
    // Ids only: never a number or a text.
    if (unknown > 0)
      deps.logger.info(
        { provider: 'meta', unknown },
        'whatsapp webhook: events for unknown messages or numbers ignored',
      )
    return c.body(null, 200)
  })

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
