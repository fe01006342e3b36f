import { z } from 'zod'

/**
 * The development outbox's WhatsApp messages (server/modules/dev-outbox): what a clinic's
 * patients would have received had a WhatsApp provider been configured.
 */
export const WhatsAppOutboxMessageSchema = z
  .object({
    id: z.string(),
    to: z.string().meta({ description: 'The mobile number, masked: +91 98xxx xx210' }),
    /** The template's name (the message kind), or null for a free-text reply. */
    templateName: z.string().nullable(),
    language: z.string().nullable(),
    text: z.string(),
    /** The PDF a document message carries: the link the provider was given, and its name. */
    document: z.object({ url: z.string(), filename: z.string() }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'WhatsAppOutboxMessage', description: 'One WhatsApp message in the local outbox' })
export type WhatsAppOutboxMessage = z.infer<typeof WhatsAppOutboxMessageSchema>

export const WhatsAppOutboxSchema = z.array(WhatsAppOutboxMessageSchema)
