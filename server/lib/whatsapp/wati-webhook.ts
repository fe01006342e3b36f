import { z } from 'zod'
import type { MetaWebhookEvent } from './meta-webhook.ts'
import { providerErrorCode } from './webhook-fields.ts'

/**
 * Wati's webhook, parsed into the same events as Meta's. The shapes are NOT verified from Wati's
 * official docs (india-domain §7.7; its webhook schema is an open question there); they are the
 * ones public integrations show: one flat event a request, `{ eventType, id, waId, timestamp, … }`.
 * Parse only after the request is known to come from Wati. A status event is joined by `id`,
 * Wati's own message id, which is what its send API answered (wati-provider.ts); Wati carries no
 * callback data. Event types other than those below are ignored rather than refused, since a BSP
 * adds events without notice; a body without a string eventType, or a known event without what we
 * act on, is refused.
 */

/** Wati's status events. Wati names a failure two ways, by the kind of message that failed. */
type Status = Extract<MetaWebhookEvent, { type: 'status' }>['status']
const statuses = new Map<string, Status>([
  ['templateMessageSent', 'sent'],
  ['sessionMessageSent', 'sent'],
  ['sentMessageDELIVERED', 'delivered'],
  ['sentMessageREAD', 'read'],
  ['templateMessageFailed', 'failed'],
  ['sentMessageFAILED', 'failed'],
])

/**
 * Epoch seconds, seen both as a string and as a number. One that is missing or unreadable is no
 * time, and the time the webhook reached us stands in: a status is worth more than its second.
 */
const epochSeconds = z
  .union([z.string().regex(/^\d{1,12}$/), z.number().int().min(0).max(999_999_999_999)])
  .transform((seconds) => new Date(Number(seconds) * 1000))
  .nullish()
  .catch(undefined)

const errorCode = providerErrorCode

const envelope = z.object({ eventType: z.string().max(128) })

const statusEvent = z.object({
  id: z.string().min(1).max(256),
  timestamp: epochSeconds,
  failedCode: errorCode,
})

const inboundEvent = z.object({
  id: z.string().min(1).max(256),
  // The sender as Meta gives it: country code and number, digits only. A leading "+" and
  // formatting (spaces, dashes) are dropped; the rest must be digits.
  waId: z
    .string()
    .max(32)
    .transform((number) => number.replace(/^\+/, '').replace(/[\s\-().]/g, ''))
    .pipe(z.string().regex(/^\d{6,15}$/)),
  text: z.string().max(4096).nullish(),
  timestamp: epochSeconds,
  replyContextId: z.string().max(256).nullish(),
})

/**
 * The events in a webhook body (already JSON-parsed): none or one; throws a ZodError if it is not
 * one. `now` stands in for an event whose time is missing or unreadable.
 */
export function parseWatiWebhook(body: unknown, now: Date): MetaWebhookEvent[] {
  const { eventType } = envelope.parse(body)
  const status = statuses.get(eventType)
  if (status) {
    const event = statusEvent.parse(body)
    const errorCode = status === 'failed' ? event.failedCode : undefined
    return [
      {
        type: 'status',
        providerMessageId: event.id,
        status,
        at: event.timestamp ?? now,
        ...(errorCode == null ? {} : { errorCode }),
      },
    ]
  }
  if (eventType !== 'message') return []
  const event = inboundEvent.parse(body)
  return [
    {
      type: 'inbound',
      providerMessageId: event.id,
      from: event.waId,
      at: event.timestamp ?? now,
      ...(typeof event.text === 'string' ? { text: event.text } : {}),
      ...(event.replyContextId ? { contextId: event.replyContextId } : {}),
    },
  ]
}
