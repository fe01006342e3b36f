import { z } from 'zod'
import { INVOICE_KINDS, INVOICE_STATUSES } from './billing.ts'
import { because, isoDate, queryInt } from './primitives.ts'

/**
 * The clinic's invoices across patients (issue #12 item 9, server/modules/billing/
 * list-invoices.ts): for billing.read (owners, admins, receptionists, accountants), newest first,
 * a page at a time. Money in paise; dates in the clinic's time zone.
 */

export const INVOICE_LIST_DEFAULT_LIMIT = 50
export const INVOICE_LIST_MAX_LIMIT = 100

/** An invoice number or its beginning: what Rule 46(b) allows in a number (letters, digits, / and -). */
const NUMBER_SEARCH = /^[A-Za-z0-9][A-Za-z0-9/-]{0,15}$/
/** Where the last page ended: the row's sort instant in UTC to the microsecond, and its id. */
const CURSOR =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z~[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The cursor's instant is a real one (no 30 February, no 24:00), so PostgreSQL can read it. */
function isRealInstant(cursor: string): boolean {
  const seconds = cursor.slice(0, 19)
  const parsed = new Date(`${seconds}Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 19) === seconds
}

export const InvoiceListQuery = z
  .object({
    status: z.enum(INVOICE_STATUSES).optional(),
    kind: z.enum(INVOICE_KINDS).optional(),
    /** The first and last day of issue (the day drafted, for drafts), inclusive. */
    from: isoDate({ earliest: '2017-07-01' }).optional(),
    to: isoDate({ earliest: '2017-07-01' }).optional(),
    /** The whole number, or its beginning ("INV/26-27/" for a year's series). */
    number: z.string().max(16).regex(NUMBER_SEARCH, because('field.invalid_format')).optional(),
    limit: queryInt(1, INVOICE_LIST_MAX_LIMIT).optional(),
    /** nextCursor of the page before. */
    cursor: z
      .string()
      .max(64)
      .regex(CURSOR, because('field.invalid_format'))
      .refine(isRealInstant, because('field.invalid_format'))
      .optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    ...because('billing.report_range_order'),
    path: ['to'],
  })
export type InvoiceListQueryInput = z.infer<typeof InvoiceListQuery>

export const InvoiceListRowSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    /** From billing_patient(): accountants, who cannot read patient records, still see whom. */
    patientName: z.string(),
    status: z.enum(INVOICE_STATUSES),
    kind: z.enum(INVOICE_KINDS).nullable(),
    /** Null while a draft. */
    number: z.string().nullable(),
    /** The clinic's day of issue, or of drafting for a draft. */
    date: z.string(),
    issuedAt: z.string().nullable(),
    totalPaise: z.number().int(),
    creditedPaise: z.number().int(),
    paidPaise: z.number().int(),
    /** total − credited − paid, never below 0; 0 for a draft. */
    duePaise: z.number().int(),
  })
  .meta({ id: 'InvoiceListRow' })
export type InvoiceListRow = z.infer<typeof InvoiceListRowSchema>

export const InvoiceListPageSchema = z
  .object({
    invoices: z.array(InvoiceListRowSchema),
    /** Pass as cursor for the next page; null on the last. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'InvoiceListPage' })
export type InvoiceListPage = z.infer<typeof InvoiceListPageSchema>
