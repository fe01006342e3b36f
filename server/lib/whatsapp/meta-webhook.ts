import { z } from 'zod'
import type { DeliveryStatus } from '../../../shared/messaging/index.ts'

/**
 * Meta's WhatsApp webhook (india-domain §7.3), parsed into what the app acts on: delivery
 * statuses and inbound messages. Parse only after the signature checks out. Unknown fields and
 * events (group, voice, other `field`s) are ignored rather than refused, since Meta adds fields
 * without notice; a body that is not the documented envelope is refused.
 */
export type MetaWebhookEvent =
  | {
      type: 'status'
      /** Meta's message id (wamid), stored when the message was sent. */
      providerMessageId: string
      status: Exclude<DeliveryStatus, 'queued'>
      at: Date
      /** The outbox id we passed as biz_opaque_callback_data, when present. */
      callbackData?: string
      /** Meta's error code on a failure (e.g. 131026: undeliverable). */
      errorCode?: number
    }
  | {
      type: 'inbound'
      providerMessageId: string
      /** The sender's number as Meta gives it: country code and digits, no "+". */
      from: string
      at: Date
      /** The text of a text message, or the title or payload of a tapped button. */
      text?: string
      /** Meta's id of our message this one answers (the patient used "reply"). */
      contextId?: string
    }

const epochSeconds = z
  .string()
  .regex(/^\d{1,12}$/)
  .transform((seconds) => new Date(Number(seconds) * 1000))

const status = z.object({
  id: z.string().min(1).max(256),
  status: z.string(),
  timestamp: epochSeconds,
  biz_opaque_callback_data: z.string().max(512).optional(),
  errors: z.array(z.object({ code: z.number().int() })).optional(),
})

const message = z.object({
  id: z.string().min(1).max(256),
  from: z.string().regex(/^\d{6,15}$/),
  timestamp: epochSeconds,
  type: z.string(),
  text: z.object({ body: z.string().max(4096) }).optional(),
  button: z
    .object({ text: z.string().max(256).optional(), payload: z.string().max(256).optional() })
    .optional(),
  interactive: z
    .object({ button_reply: z.object({ title: z.string().max(256) }).optional() })
    .optional(),
  context: z.object({ id: z.string().min(1).max(256).optional() }).optional(),
})

const envelope = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z
    .array(
      z.object({
        changes: z
          .array(
            z.object({
              field: z.string(),
              value: z
                .object({
                  statuses: z.array(status).max(1000).optional(),
                  messages: z.array(message).max(1000).optional(),
                })
                .optional(),
            }),
          )
          .max(100),
      }),
    )
    .max(100),
})

const known = new Set(['sent', 'delivered', 'read', 'failed'])

/** The events in a webhook body (already JSON-parsed); throws a ZodError if it is not one. */
export function parseMetaWebhook(body: unknown): MetaWebhookEvent[] {
  const events: MetaWebhookEvent[] = []
  for (const entry of envelope.parse(body).entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages' || !change.value) continue
      for (const item of change.value.statuses ?? []) {
        if (!known.has(item.status)) continue
        const errorCode = item.errors?.[0]?.code
        events.push({
          type: 'status',
          providerMessageId: item.id,
          status: item.status as Exclude<DeliveryStatus, 'queued'>,
          at: item.timestamp,
          ...(item.biz_opaque_callback_data ? { callbackData: item.biz_opaque_callback_data } : {}),
          ...(errorCode === undefined ? {} : { errorCode }),
        })
      }
      for (const item of change.value.messages ?? []) {
        const text =
          item.text?.body ??
          item.button?.text ??
          item.button?.payload ??
          item.interactive?.button_reply?.title
        events.push({
          type: 'inbound',
          providerMessageId: item.id,
          from: item.from,
          at: item.timestamp,
          ...(text === undefined ? {} : { text }),
          ...(item.context?.id ? { contextId: item.context.id } : {}),
        })
      }
    }
  }
  return events
}
