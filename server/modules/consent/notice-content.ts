import { z } from '@hono/zod-openapi'
import { CONSENT_ITEMS } from './consent-items.ts'

/**
 * What a notice says, itemised as DPDP Rules 2025 r.3 requires: the personal
 * data and each purpose, how to withdraw (as easily as giving), how to exercise
 * rights and complain to the Data Protection Board, and whom to contact (r.9).
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
  .openapi('ConsentNoticeContent')

export type NoticeContent = z.infer<typeof NoticeContentSchema>
