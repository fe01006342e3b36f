import { z } from 'zod'
import { PAYMENT_MODES } from './payments.ts'
import { isoDate } from './primitives.ts'

/**
 * The accountant's day-end and outstanding reports (issue #12 item 7; server/modules/
 * billing-reports): money in paise, days in the clinic's time zone. billing.reports only:
 * owners, admins and accountants (PRODUCT.md: receptionists see no totals or reports).
 */

export const DayEndQuery = z.object({
  /** The clinic's day; today when left out. */
  date: isoDate({ earliest: '2017-07-01' }).optional(),
})

export const DayEndSchema = z
  .object({
    date: z.string(),
    byMode: z.array(
      z.object({
        mode: z.enum(PAYMENT_MODES),
        receivedPaise: z.number().int(),
        refundedPaise: z.number().int(),
        netPaise: z.number().int(),
      }),
    ),
    byUser: z.array(
      z.object({
        userId: z.uuid(),
        name: z.string(),
        receipts: z.number().int(),
        receivedPaise: z.number().int(),
        refundedPaise: z.number().int(),
      }),
    ),
    receipts: z.number().int(),
    receivedPaise: z.number().int(),
    refunds: z.number().int(),
    refundedPaise: z.number().int(),
    netPaise: z.number().int(),
    invoicesIssued: z.number().int(),
    invoicedPaise: z.number().int(),
    creditNotesIssued: z.number().int(),
    creditedPaise: z.number().int(),
  })
  .meta({ id: 'DayEnd' })
export type DayEnd = z.infer<typeof DayEndSchema>

export const AGEING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const
export type AgeingBucket = (typeof AGEING_BUCKETS)[number]

export const OutstandingSchema = z
  .object({
    asOf: z.string(),
    totalPaise: z.number().int(),
    buckets: z.array(z.object({ bucket: z.enum(AGEING_BUCKETS), duePaise: z.number().int() })),
    patients: z.array(
      z.object({
        patientId: z.uuid(),
        name: z.string(),
        invoices: z.number().int(),
        oldestIssuedOn: z.string(),
        duePaise: z.number().int(),
        buckets: z.array(z.object({ bucket: z.enum(AGEING_BUCKETS), duePaise: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'Outstanding' })
export type Outstanding = z.infer<typeof OutstandingSchema>
