import { z } from 'zod'
import {
  CAPTURE_CHANNELS,
  CONSENT_ITEMS,
  type ConsentItem,
  RECORDED_CHANNELS,
} from '../consent/consent-items.ts'

/**
 * The consent API (server/modules/consent): the clinic's notice, and each patient's consent
 * ledger. The server validates with these schemas and the web app reads the same types.
 */

/** ISO 639-1 code, e.g. `hi`. */
const languageCode = z
  .string()
  .max(2)
  .regex(/^[a-z]{2}$/)

export const GIVERS = ['patient', 'guardian'] as const
export type GivenBy = (typeof GIVERS)[number]

/**
 * What a notice says, itemised as DPDP Rules 2025 r.3 requires: the personal data and each
 * purpose, how to withdraw (as easily as giving), how to exercise rights and complain to the
 * Data Protection Board, and whom to contact (r.9).
 */
export const NoticeContentSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    introduction: z.string().trim().min(1).max(2000),
    dataCollected: z.array(z.string().trim().min(1).max(300)).min(1).max(50),
    items: z
      .array(z.object({ key: z.enum(CONSENT_ITEMS), label: z.string().trim().min(1).max(500) }))
      .min(1)
      .max(CONSENT_ITEMS.length)
      .refine(
        (items) => new Set(items.map((item) => item.key)).size === items.length,
        'each item once',
      ),
    howToWithdraw: z.string().trim().min(1).max(2000),
    yourRights: z.string().trim().min(1).max(2000),
    complaints: z.string().trim().min(1).max(2000),
    contact: z.string().trim().min(1).max(500),
  })
  .meta({ id: 'ConsentNoticeContent' })
export type NoticeContent = z.infer<typeof NoticeContentSchema>

export const NoticeQuerySchema = z.object({ language: languageCode.default('en') })

/** Every item must be stated: there is no default, so nothing is pre-selected. */
const AllItems = z.object(
  Object.fromEntries(
    CONSENT_ITEMS.map((item) => [item, z.boolean({ error: 'must be answered yes or no' })]),
  ) as Record<ConsentItem, z.ZodBoolean>,
)

export const GiveConsentSchema = z
  .object({
    noticeId: z.uuid(),
    items: AllItems,
    captureChannel: z.enum(CAPTURE_CHANNELS),
    givenBy: z.enum(GIVERS),
  })
  .meta({ id: 'GiveConsent' })
export type GiveConsent = z.infer<typeof GiveConsentSchema>

export const WithdrawConsentSchema = z
  .object({
    items: z
      .array(z.enum(CONSENT_ITEMS))
      .min(1, 'name at least one item')
      .max(CONSENT_ITEMS.length),
    captureChannel: z.enum(CAPTURE_CHANNELS),
  })
  .meta({ id: 'WithdrawConsent' })
export type WithdrawConsent = z.infer<typeof WithdrawConsentSchema>

export const PublishNoticeSchema = z
  .object({ languages: z.record(languageCode, NoticeContentSchema) })
  .meta({ id: 'PublishNotice' })
export type PublishNotice = z.infer<typeof PublishNoticeSchema>

export const NoticeSchema = z
  .object({
    id: z.uuid(),
    version: z.number(),
    language: z.string(),
    content: NoticeContentSchema,
    contentHash: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'ConsentNotice' })
export type ConsentNotice = z.infer<typeof NoticeSchema>

const ItemStateSchema = z.object({
  isGranted: z.boolean(),
  since: z.string().nullable(),
  noticeVersion: z.number().nullable(),
})
export type ConsentItemState = z.infer<typeof ItemStateSchema>

const ConsentEventSchema = z.object({
  id: z.uuid(),
  action: z.enum(['given', 'withdrawn']),
  items: z.record(z.string(), z.boolean()),
  noticeVersion: z.number(),
  noticeHash: z.string(),
  language: z.string(),
  captureChannel: z.enum(RECORDED_CHANNELS),
  givenBy: z.enum(GIVERS),
  /** The staff member's name; null for a patient's own WhatsApp STOP (and a removed account). */
  capturedBy: z.string().nullable(),
  capturedAt: z.string(),
})
export type ConsentEvent = z.infer<typeof ConsentEventSchema>

export const ConsentStateSchema = z
  .object({
    items: z.object(
      Object.fromEntries(CONSENT_ITEMS.map((item) => [item, ItemStateSchema])) as Record<
        ConsentItem,
        typeof ItemStateSchema
      >,
    ),
    history: z.array(ConsentEventSchema),
  })
  .meta({ id: 'ConsentState' })
export type ConsentState = z.infer<typeof ConsentStateSchema>
