import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll } from 'vitest'
import { metaSignature } from '../server/lib/whatsapp/meta-signature.ts'
import { type FakeWhatsApp, startFakeWhatsApp } from '../test/fake-whatsapp.ts'

// Meta's WhatsApp Cloud API stood in for by a local HTTP server (test/fake-whatsapp.ts), for
// browser journeys that need real sending, status webhooks and patients' replies.

const APP_SECRET = 'e2e-meta-app-secret-0123456789'
const META_ENV = {
  WHATSAPP_PROVIDER: 'meta',
  META_PHONE_NUMBER_ID: '1234567890',
  META_ACCESS_TOKEN: 'e2e-meta-access-token-0123456789',
  META_APP_SECRET: APP_SECRET,
  META_VERIFY_TOKEN: 'e2e-meta-verify-token-0123456789',
} as const

export interface FakeMeta {
  /** Every request the fake Meta received. */
  readonly received: FakeWhatsApp['received']
  /** What it received for one of our messages (matched by the callback data we send with it). */
  requestsFor(messageId: string): FakeWhatsApp['received']
  /** The free-text messages it was asked to send. */
  textsSent(): { to: string; body: string }[]
  /** The patient on `mobile` (10 digits) writes `text`: Meta's signed inbound webhook. */
  patientWrites(mobile: string, text: string): Promise<void>
}

/**
 * Call inside a describe block BEFORE useNiramayaInChromium(): hooks run in the order they are
 * registered, and the server reads the META_* settings from the environment when it starts.
 * Every message the fake accepts is answered like Meta does, with a signed 'sent' status
 * webhook to the server that `serverUrl()` names.
 */
export function useFakeMeta(serverUrl: () => string): FakeMeta {
  let fake: FakeWhatsApp | undefined
  const saved: Record<string, string | undefined> = {}
  const webhooks: Promise<unknown>[] = []
  const started = () => {
    if (!fake) throw new Error('the fake Meta did not start')
    return fake
  }

  beforeAll(async () => {
    fake = await startFakeWhatsApp('meta', {
      onAccepted: (body, providerMessageId) => {
        const callbackData = (body as { biz_opaque_callback_data?: string })
          .biz_opaque_callback_data
        const status = webhookBody({
          statuses: [
            {
              id: providerMessageId,
              status: 'sent',
              timestamp: epochSeconds(new Date()),
              biz_opaque_callback_data: callbackData,
            },
          ],
        })
        webhooks.push(postWebhook(serverUrl(), status).catch(() => undefined))
      },
    })
    for (const [name, value] of Object.entries({ ...META_ENV, META_GRAPH_URL: fake.url })) {
      saved[name] = process.env[name]
      process.env[name] = value
    }
  })

  afterAll(async () => {
    await Promise.all(webhooks)
    await fake?.close()
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  return {
    get received() {
      return started().received
    },
    requestsFor: (messageId) =>
      started().received.filter(
        (request) =>
          (
            request.body as { biz_opaque_callback_data?: string } | undefined
          )?.biz_opaque_callback_data?.endsWith(`:${messageId}`) === true,
      ),
    textsSent: () =>
      started()
        .received.map((request) => request.body as MetaSend | undefined)
        .filter((body) => body?.type === 'text')
        .map((body) => ({ to: body?.to ?? '', body: body?.text?.body ?? '' })),
    patientWrites: async (mobile, text) => {
      const body = webhookBody({
        messages: [
          {
            from: `91${mobile}`,
            id: `wamid.in-${randomUUID()}`,
            // Meta gives whole seconds; rounded up (the server takes no time ahead of its own
            // clock), so a reply in the same second as our message still comes after it.
            timestamp: String(Math.ceil(Date.now() / 1000)),
            type: 'text',
            text: { body: text },
          },
        ],
      })
      const response = await postWebhook(serverUrl(), body)
      if (response.status !== 200) {
        throw new Error(`the inbound webhook answered ${response.status}: ${await response.text()}`)
      }
    },
  }
}

interface MetaSend {
  to?: string
  type?: string
  text?: { body?: string }
}

const epochSeconds = (date: Date) => String(Math.floor(date.getTime() / 1000))

/** A webhook as Meta sends it (server/modules/messaging/messaging-test-helpers.ts). */
function webhookBody(value: { statuses?: object[]; messages?: object[] }): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '1', changes: [{ field: 'messages', value }] }],
  })
}

function postWebhook(baseUrl: string, body: string): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/webhooks/whatsapp/meta`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': metaSignature(body, APP_SECRET),
    },
    body,
  })
}
