import { z } from 'zod'
import { isValidMetaSignature, metaSignature } from './meta-signature.ts'
import type { MetaWebhookEvent } from './meta-webhook.ts'
import { providerErrorCode } from './webhook-fields.ts'

/**
 * Interakt's webhook, parsed into the same events as Meta's. The shapes are NOT verified from
 * Interakt's official docs (india-domain §7.6 marks its webhook schema unverified); they are the
 * ones public integrations show: `{ type, data: { customer, message } }`, one event a request.
 * Parse only after the signature checks out. Event types other than the four message_api_*
 * statuses and message_received are ignored rather than refused, since a BSP adds events without
 * notice; a body that is not `{ type, data }`, or a known event without what we act on, is refused.
 */

/**
 * Whether a webhook POST came from Interakt: `Interakt-Signature: sha256=<hex>`, the HMAC-SHA256
 * of the raw body bytes keyed with the webhook secret set in Interakt's dashboard (unverified,
 * §7.6). That is exactly Meta's scheme, so Meta's check serves: raw bytes before any parsing,
 * constant-time compare, and nothing valid without a secret.
 */
export function isValidInteraktSignature(
  rawBody: Uint8Array,
  header: string | undefined,
  secret: string,
): boolean {
  return isValidMetaSignature(rawBody, header, secret)
}

/** The header value Interakt would send for `rawBody` (for the local fake provider and tests). */
export function interaktSignature(rawBody: Uint8Array | string, secret: string): string {
  return metaSignature(rawBody, secret)
}

/**
 * An ISO-8601 instant, e.g. "2026-12-07T10:00:00.000Z". Interakt has been seen sending the same
 * fields as naive "2026-12-07T10:00:00.000000" (Python's microseconds, no zone): the field names
 * say UTC, so a missing zone is UTC. Parsed by hand because `new Date()` reads a naive date-time
 * as local time. A date that does not exist (31 Feb, 24:00) is no instant rather than a rolled-over
 * one.
 */
const isoInstant =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/

function utcInstant(text: string): Date | undefined {
  const match = isoInstant.exec(text.trim())
  if (!match) return undefined
  const part = (index: number) => Number(match[index])
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3))
  const utc = new Date(Date.UTC(part(1), part(2) - 1, part(3), part(4), part(5), part(6), millis))
  const exists =
    utc.getUTCFullYear() === part(1) &&
    utc.getUTCMonth() === part(2) - 1 &&
    utc.getUTCDate() === part(3) &&
    utc.getUTCHours() === part(4) &&
    utc.getUTCMinutes() === part(5) &&
    utc.getUTCSeconds() === part(6)
  if (!exists) return undefined
  const zone = match[8] ?? 'Z'
  if (zone === 'Z') return utc
  const offsetMinutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))
  return new Date(utc.getTime() - (zone.startsWith('-') ? -1 : 1) * offsetMinutes * 60_000)
}

/** A time field: one that is missing or unreadable is no time (the next one is tried). */
const utcTime = z.string().max(64).transform(utcInstant).nullish().catch(undefined)

const errorCode = providerErrorCode

const envelope = z.object({
  type: z.string().max(128),
  data: z.looseObject({}),
})

const statusData = z.object({
  message: z.object({
    id: z.string().min(1).max(256),
    callback_data: z.string().max(512).nullish(),
    received_at_utc: utcTime,
    delivered_at_utc: utcTime,
    seen_at_utc: utcTime,
    failed_at_utc: utcTime,
    channel_error_code: errorCode,
  }),
})

/**
 * The sender as Meta gives it: country code and number, digits only ("+91" and "98765 43210" give
 * "919876543210"). Formatting a person might type (spaces, dashes) is dropped; the rest must be
 * digits, and the whole no longer than an international number.
 */
const sender = z
  .object({
    country_code: z.string().regex(/^\+?\d{1,4}$/),
    phone_number: z.string().max(32),
  })
  .transform(
    ({ country_code, phone_number }) =>
      country_code.replace('+', '') + phone_number.replace(/[\s\-().]/g, ''),
  )
  .pipe(z.string().regex(/^\d{6,15}$/))

const inboundData = z.object({
  customer: sender,
  message: z.object({
    id: z.string().min(1).max(256),
    received_at_utc: utcTime,
    message: z.string().max(4096).nullish(),
    chat_message_type: z.string().max(64).nullish(),
    in_reply_to_message_id: z.string().max(256).nullish(),
  }),
})

type Status = Extract<MetaWebhookEvent, { type: 'status' }>['status']
type TimeField = 'delivered_at_utc' | 'seen_at_utc' | 'failed_at_utc'

/**
 * Interakt's status events, and the time field each carries. A sent event has none of its own:
 * received_at_utc (when Interakt took the message) is its time.
 */
const statuses = new Map<string, { status: Status; atField?: TimeField }>([
  ['message_api_sent', { status: 'sent' }],
  ['message_api_delivered', { status: 'delivered', atField: 'delivered_at_utc' }],
  ['message_api_read', { status: 'read', atField: 'seen_at_utc' }],
  ['message_api_failed', { status: 'failed', atField: 'failed_at_utc' }],
])

/**
 * The events in a webhook body (already JSON-parsed); throws a ZodError if it is not one. `now`
 * stands in for an event whose time is missing or unreadable (the time it reached us).
 */
export function parseInteraktWebhook(body: unknown, now: Date): MetaWebhookEvent[] {
  const { type, data } = envelope.parse(body)
  const known = statuses.get(type)
  if (known) {
    const { message } = statusData.parse(data)
    const at = (known.atField && message[known.atField]) ?? message.received_at_utc ?? now
    const errorCode = known.status === 'failed' ? message.channel_error_code : undefined
    return [
      {
        type: 'status',
        providerMessageId: message.id,
        status: known.status,
        at,
        ...(message.callback_data ? { callbackData: message.callback_data } : {}),
        ...(errorCode == null ? {} : { errorCode }),
      },
    ]
  }
  if (type !== 'message_received') return []
  const { customer: from, message } = inboundData.parse(data)
  // A message the clinic itself sent through the API (PublicApiMessage) is not the patient's
  // reply; only the customer's own messages are taken in.
  if (message.chat_message_type && message.chat_message_type !== 'CustomerMessage') return []
  return [
    {
      type: 'inbound',
      providerMessageId: message.id,
      from,
      at: message.received_at_utc ?? now,
      ...(typeof message.message === 'string' ? { text: message.message } : {}),
      ...(message.in_reply_to_message_id ? { contextId: message.in_reply_to_message_id } : {}),
    },
  ]
}
