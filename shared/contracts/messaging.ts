import { z } from 'zod'
import { conversationKinds, MAX_REPLY_LENGTH } from '../messaging/conversation.ts'
import { MAX_TEMPLATE_LENGTH, messageKinds } from '../messaging/templates.ts'
import { MobileSchema } from './patients.ts'
import { boundedInt, text } from './primitives.ts'

/**
 * Patient messages (server/modules/messaging; issue #14): the message log of a patient and the
 * clinic's messaging settings. The same rules as db/migrations/20261211100000_messages.sql.
 */

export const MESSAGE_STATUSES = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'read',
  'failed',
  'cancelled',
  'skipped',
  // A message from the patient.
  'received',
] as const

export const SKIP_REASONS = [
  'no_consent',
  'no_mobile',
  'no_email',
  'appointment_changed',
  'too_late',
  'messaging_off',
  // A free-text reply that could not go out because the patient's last message was over 24 h ago.
  'window_closed',
  // A recall reminder for a patient who has booked since it was planned.
  'recall_booked',
  // A payment reminder for an invoice paid (or credited) since it was planned.
  'paid',
] as const

const instant = z.iso.datetime({ offset: true })

export const MessageSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum([...messageKinds, ...conversationKinds]),
    direction: z.enum(['out', 'in']),
    channel: z.enum(['whatsapp', 'sms', 'email']),
    status: z.enum(MESSAGE_STATUSES),
    skipReason: z.enum(SKIP_REASONS).nullable(),
    language: z.enum(['en', 'hi']).nullable(),
    appointmentId: z.uuid().nullable(),
    dueAt: instant,
    sentAt: instant.nullable(),
    deliveredAt: instant.nullable(),
    readAt: instant.nullable(),
    failedAt: instant.nullable(),
    errorCode: z.string().nullable(),
    /** The text as sent; null before it is sent, and once the body is deleted (after 90 days). */
    text: z.string().nullable(),
  })
  .meta({ id: 'Message', description: 'One patient message and where it got to' })
export type Message = z.infer<typeof MessageSchema>

const clockTime = z
  .string()
  .max(5)
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
  .meta({ description: 'HH:MM, the clinic’s wall clock' })

export const MessagingSettingsSchema = z
  .object({
    mode: z.enum(['whatsapp', 'click_to_chat', 'off']).meta({
      description:
        'whatsapp: sent by the server; click_to_chat: drafted for staff to send from the clinic’s phone; off: nothing',
    }),
    sendConfirmations: z.boolean(),
    reminderMinutes: z
      .array(boundedInt(5, 10_080))
      .max(4)
      .meta({ description: 'Minutes before the appointment, up to four; [] sends no reminders' }),
    quietHours: z
      .object({ start: clockTime, end: clockTime })
      .meta({ description: 'No messages from start to end (held until end); equal: none' }),
  })
  .meta({ id: 'MessagingSettings', description: 'How a clinic’s patient messages go out' })
export type MessagingSettingsBody = z.infer<typeof MessagingSettingsSchema>

export const ConversationSummarySchema = z
  .object({
    patientId: z.uuid(),
    patientName: z.string(),
    lastMessageAt: instant,
    lastDirection: z.enum(['out', 'in']),
    /** The patient's messages the front desk has not opened yet. */
    unread: z.number().int().min(0),
    /** Until when free text may be sent (24 h after the patient's last message); null if past. */
    replyUntil: instant.nullable(),
    /** The patient replied STOP last: WhatsApp consent is withdrawn. */
    optedOut: z.boolean(),
  })
  .meta({ id: 'ConversationSummary', description: 'One patient in the inbox' })
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>

export const InboxSchema = z
  .object({
    conversations: z.array(ConversationSummarySchema),
    /** Unread messages across every conversation, for the navigation badge. */
    unread: z.number().int().min(0),
  })
  .meta({ id: 'Inbox', description: 'Conversations with a message from the patient, newest first' })
export type Inbox = z.infer<typeof InboxSchema>

export const UnreadSchema = z
  .object({ unread: z.number().int().min(0) })
  .meta({ id: 'Unread', description: 'Patients’ messages the front desk has not opened' })
export type Unread = z.infer<typeof UnreadSchema>

export const ConversationSchema = z
  .object({
    patientId: z.uuid(),
    patientName: z.string(),
    /** Oldest first, as a chat reads. */
    messages: z.array(MessageSchema),
    unread: z.number().int().min(0),
    replyUntil: instant.nullable(),
  })
  .meta({ id: 'Conversation', description: "A patient's WhatsApp conversation with the clinic" })
export type Conversation = z.infer<typeof ConversationSchema>

export const NewReplySchema = z
  .object({ text: text(MAX_REPLY_LENGTH) })
  .meta({ id: 'NewReply', description: 'Free text, inside the 24-hour window' })
export type NewReply = z.infer<typeof NewReplySchema>

export const ClickToChatDraftSchema = z
  .object({
    messageId: z.uuid(),
    patientId: z.uuid(),
    patientName: z.string(),
    kind: z.enum(messageKinds),
    dueAt: instant,
    language: z.enum(['en', 'hi']),
    /** The drafted text, in the patient's language, as it will appear in WhatsApp. */
    text: z.string(),
    /** https://wa.me/91XXXXXXXXXX?text=… : opens WhatsApp on the clinic's phone with the text. */
    link: z.string(),
  })
  .meta({
    id: 'ClickToChatDraft',
    description: 'A message for the front desk to send from the clinic’s own WhatsApp',
  })
export type ClickToChatDraft = z.infer<typeof ClickToChatDraftSchema>

export const MessageTemplateSchema = z
  .object({
    kind: z.enum(messageKinds),
    language: z.enum(['en', 'hi']),
    /** The wording with {{placeholders}}; the shipped default when the clinic has none. */
    body: z.string(),
    isDefault: z.boolean(),
    /** The placeholders this kind may use; {{clinic}} is required in every one. */
    parameters: z.array(z.string()),
  })
  .meta({ id: 'MessageTemplate', description: 'One message kind’s wording in one language' })
export type MessageTemplate = z.infer<typeof MessageTemplateSchema>

export const TemplateParamsSchema = z.object({
  kind: z.enum(messageKinds),
  language: z.enum(['en', 'hi']),
})

export const TemplateBodySchema = z
  .object({ body: text(MAX_TEMPLATE_LENGTH) })
  .meta({ id: 'TemplateBody', description: 'A clinic’s own wording, with {{placeholders}}' })
export type TemplateBody = z.infer<typeof TemplateBodySchema>

/** A clinic's own WhatsApp sender (server/modules/messaging/provider-connection.ts). */
export const WHATSAPP_PROVIDERS = ['meta', 'interakt', 'wati'] as const
export type ClinicWhatsAppProvider = (typeof WHATSAPP_PROVIDERS)[number]

/** A secret as the provider issues it: one line of printable ASCII, no spaces. */
const secret = (minimum: number, maximum: number) =>
  z
    .string()
    .min(minimum)
    .max(maximum)
    .regex(/^[\x21-\x7e]+$/)

const testMobile = MobileSchema.meta({
  description: 'An Indian mobile to send the test message to (usually the person connecting)',
})

export const ConnectProviderSchema = z
  .discriminatedUnion('provider', [
    z
      .object({
        provider: z.literal('meta'),
        phoneNumberId: z
          .string()
          .max(20)
          .regex(/^[0-9]{5,20}$/),
        accessToken: secret(20, 2048),
        appSecret: secret(16, 256).meta({ description: 'Checks the webhook signatures' }),
        testMobile,
      })
      .strict(),
    z
      .object({
        provider: z.literal('interakt'),
        apiKey: secret(16, 2048),
        webhookSecret: secret(16, 256)
          .optional()
          .meta({ description: 'When set in Interakt: its webhooks must carry its signature' }),
        testMobile,
      })
      .strict(),
    z
      .object({
        provider: z.literal('wati'),
        endpoint: z
          .string()
          .max(300)
          .meta({ description: 'Wati’s API endpoint from its dashboard: https, on wati.io' }),
        accessToken: secret(20, 4096),
        testMobile,
      })
      .strict(),
  ])
  .meta({
    id: 'ConnectProvider',
    description:
      'The clinic’s own WhatsApp account. A test message is sent first; nothing is saved unless the provider accepts it.',
  })
export type ConnectProviderBody = z.input<typeof ConnectProviderSchema>

export const MessagingProviderSchema = z
  .object({
    /** Who sends the clinic's WhatsApp messages now. */
    sender: z.enum(['clinic', 'shared', 'outbox']),
    connection: z
      .object({
        provider: z.enum(WHATSAPP_PROVIDERS),
        /** Enough to recognise the account (the end of a phone number id, a host): no secret. */
        label: z.string(),
        testedAt: instant,
        /** Paste into the provider's webhook settings: statuses and replies come back here. */
        webhookUrl: z.string(),
        /** Meta only: the verify token its webhook set-up asks for. */
        verifyToken: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'MessagingProvider', description: 'The clinic’s WhatsApp sender' })
export type MessagingProvider = z.infer<typeof MessagingProviderSchema>

export const PaymentReminderBodySchema = z
  .object({ invoiceId: z.uuid() })
  .strict()
  .meta({ id: 'PaymentReminderBody', description: 'The issued invoice whose balance is due' })
export type PaymentReminderBody = z.infer<typeof PaymentReminderBodySchema>

export const PlannedMessageSchema = z
  .object({
    messageId: z.uuid(),
    channel: z.enum(['whatsapp', 'sms', 'email']),
    /** When it goes out: now, or the end of the clinic's quiet hours. */
    dueAt: instant,
    /** A clinic sending from its own phone: a click-to-chat draft for the front desk. */
    viaClinicPhone: z.boolean(),
  })
  .meta({ id: 'PlannedMessage', description: 'A message planned, to go out at dueAt' })
export type PlannedMessage = z.infer<typeof PlannedMessageSchema>
