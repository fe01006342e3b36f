import { z } from 'zod'
import { GstSummaryQuery } from './billing-reports.ts'
import { PROCEDURE_CATEGORIES } from './catalogue.ts'
import { queryInt } from './primitives.ts'

/**
 * Revenue and trend reports (issue #12 item 7; server/modules/billing-reports): revenue per doctor
 * and per procedure category for a date range, and collections, invoicing and outstanding month
 * by month. Money in integer paise, dates in the clinic's time zone. billing.reports only:
 * owners, admins and accountants.
 *
 * Revenue is the clinic's income, without GST (collected for the government, not earned): the
 * taxable value plus the exempt value of the lines of invoices issued in the range, less what the
 * credit notes issued in the range took off those values.
 */

// ---- Requests --------------------------------------------------------------------------------

/** The GST summary's range rules: both ends included, at most a year, 400 naming `to`. */
export const RevenueQuery = GstSummaryQuery
export type RevenueQuery = z.infer<typeof RevenueQuery>

export const TREND_MONTHS_MAX = 24
export const TrendQuery = z.object({
  /** How many months, ending with the clinic's current month. */
  months: queryInt(1, TREND_MONTHS_MAX).default(12),
})
export type TrendQuery = z.infer<typeof TrendQuery>

// ---- Responses -------------------------------------------------------------------------------

const paise = z.number().int()
const count = z.number().int()

/** Invoiced less credited; lines counts invoice lines (credit-note lines not subtracted). */
const RevenueFigures = {
  invoicedPaise: paise,
  creditedPaise: paise,
  revenuePaise: paise,
  lines: count,
}

/** Lines that bill no plan item (typed at the desk) belong to no doctor and no category. */
export const AD_HOC = 'ad_hoc' as const

export const RevenueSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    timeZone: z.string(),
    byDoctor: z.array(
      z.object({
        /** null: not attributed (a line typed at the desk, not from a plan item). */
        doctorId: z.uuid().nullable(),
        name: z.string().nullable(),
        ...RevenueFigures,
      }),
    ),
    byCategory: z.array(
      z.object({
        category: z.enum([...PROCEDURE_CATEGORIES, AD_HOC]),
        ...RevenueFigures,
      }),
    ),
    totals: z.object({
      invoices: count,
      creditNotes: count,
      ...RevenueFigures,
    }),
  })
  .meta({ id: 'Revenue' })
export type Revenue = z.infer<typeof RevenueSchema>
export type RevenueCategory = Revenue['byCategory'][number]['category']

export const TrendSchema = z
  .object({
    timeZone: z.string(),
    /** The clinic's today: the last month's outstanding is as of now. */
    asOf: z.string(),
    months: z.array(
      z.object({
        /** YYYY-MM in the clinic's time zone. */
        month: z.string(),
        receivedPaise: paise,
        refundedPaise: paise,
        /** Received less refunded. */
        collectedPaise: paise,
        /** Totals of the invoices issued in the month (with GST and round-off). */
        invoicedPaise: paise,
        /** Totals of the credit notes issued in the month. */
        creditedPaise: paise,
        /**
         * What issued invoices still owed at the month's end: each invoice's total less its credit
         * notes and the payments set against it by then, those owing something added up (as in
         * the outstanding report).
         */
        outstandingPaise: paise,
      }),
    ),
  })
  .meta({ id: 'RevenueTrend' })
export type Trend = z.infer<typeof TrendSchema>
