import { z } from '@hono/zod-openapi'
import { CAPTURE_CHANNELS, CONSENT_ITEMS } from './consent-items.ts'
import { NoticeContentSchema } from './notice-content.ts'

/** Every item must be stated: there is no default, so nothing is pre-selected. */
const AllItems = z.object(
  Object.fromEntries(
    CONSENT_ITEMS.map((item) => [item, z.boolean({ error: 'must be answered yes or no' })]),
  ) as Record<(typeof CONSENT_ITEMS)[number], z.ZodBoolean>,
)

export const GiveConsentSchema = z
  .object({
    noticeId: z.uuid(),
    items: AllItems,
    captureChannel: z.enum(CAPTURE_CHANNELS),
    givenBy: z.enum(['patient', 'guardian']),
  })
  .openapi('GiveConsent')

export const WithdrawConsentSchema = z
  .object({
    items: z
      .array(z.enum(CONSENT_ITEMS))
      .min(1, 'name at least one item')
      .max(CONSENT_ITEMS.length),
    captureChannel: z.enum(CAPTURE_CHANNELS),
  })
  .openapi('WithdrawConsent')

export const NoticeSchema = z
  .object({
    id: z.uuid(),
    version: z.number(),
    language: z.string(),
    content: NoticeContentSchema,
    contentHash: z.string(),
    publishedAt: z.string(),
  })
  .openapi('ConsentNotice')

const ItemState = z.object({
  isGranted: z.boolean(),
  since: z.string().nullable(),
  noticeVersion: z.number().nullable(),
})

export const ConsentStateSchema = z
  .object({
    items: z.object(
      Object.fromEntries(CONSENT_ITEMS.map((item) => [item, ItemState])) as Record<
        string,
        typeof ItemState
      >,
    ),
    history: z.array(
      z.object({
        id: z.uuid(),
        action: z.enum(['given', 'withdrawn']),
        items: z.record(z.string(), z.boolean()),
        noticeVersion: z.number(),
        noticeHash: z.string(),
        language: z.string(),
        captureChannel: z.enum(CAPTURE_CHANNELS),
        givenBy: z.enum(['patient', 'guardian']),
        capturedBy: z.string().nullable(),
        capturedAt: z.string(),
      }),
    ),
  })
  .openapi('ConsentState')

export const PublishNoticeSchema = z
  .object({ languages: z.record(z.string().regex(/^[a-z]{2}$/), NoticeContentSchema) })
  .openapi('PublishNotice')
