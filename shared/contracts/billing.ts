import { z } from 'zod'
import { MAX_LINE_PAISE } from '../billing/invoice-tax.ts'
import { STATE_CODES } from '../india/states.ts'
import { sacCode } from './catalogue.ts'
import { boundedInt, text } from './primitives.ts'

/**
 * Billing, first slice (server/modules/billing; issue #12 items 2–4): a patient's invoices,
 * drafted from ad hoc lines or completed treatment-plan items and issued with a gap-free number.
 * The same rules as the database (db/migrations/20261206100000_invoices.sql). Money in integer
 * paise, GST rates in basis points (500 = 5%); the arithmetic is shared/billing.
 */

export const INVOICE_STATUSES = ['draft', 'issued'] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

export const INVOICE_KINDS = [
  'tax_invoice',
  'bill_of_supply',
  'invoice_cum_bill_of_supply',
] as const

/** Lines per invoice: enough for a long course of treatment, few enough to print. */
export const MAX_INVOICE_LINES = 100

// ---- Requests --------------------------------------------------------------------------------

/** An ad hoc line: consultation, X-ray, a product. */
export const InvoiceLineInputSchema = z.object({
  description: text(200),
  sacCode: sacCode(),
  quantity: boundedInt(1, 9999),
  unitPricePaise: boundedInt(0, MAX_LINE_PAISE),
  discountPaise: boundedInt(0, MAX_LINE_PAISE).default(0),
  /** Basis points; one of the rates GST has for these services (checked at draft and issue). */
  gstRateBp: boundedInt(0, 4000).default(0),
  /** Taxable (GST charged) or exempt; taxable exactly when the rate is above 0 if left out. */
  taxable: z.boolean().optional(),
})
export type InvoiceLineInput = z.infer<typeof InvoiceLineInputSchema>

const gstin = () =>
  z.string().trim().toUpperCase().max(15).meta({
    description: 'GSTIN of a registered recipient (B2B); checked with its check character',
  })

/** Rule 46(d)–(f): the patient by default; a company paying gives its name, address and GSTIN. */
export const RecipientInputSchema = z.object({
  name: text(200).optional(),
  address: text(500, { isRequired: false }).optional(),
  stateCode: z.enum(STATE_CODES).optional(),
  gstin: gstin().optional(),
})

export const NewInvoiceSchema = z.object({
  lines: z.array(InvoiceLineInputSchema).max(MAX_INVOICE_LINES).default([]),
  /** Completed treatment-plan items of this patient; their frozen price and tax are billed. */
  planItemIds: z.array(z.uuid()).max(MAX_INVOICE_LINES).default([]),
  recipient: RecipientInputSchema.optional(),
  /** Round the total to the rupee with a round-off line. */
  roundOff: z.boolean().default(true),
  notes: text(1000, { isRequired: false }).optional(),
})
export type NewInvoice = z.infer<typeof NewInvoiceSchema>

/**
 * Changes a draft. `lines` and `planItemIds`, if either is sent, replace all the lines (plan
 * items first, then ad hoc lines, as on creation).
 */
export const InvoicePatchSchema = z.object({
  lines: z.array(InvoiceLineInputSchema).max(MAX_INVOICE_LINES).optional(),
  planItemIds: z.array(z.uuid()).max(MAX_INVOICE_LINES).optional(),
  /** null: the patient again, with the name, address and state on file (a company's draft back). */
  recipient: RecipientInputSchema.nullable().optional(),
  roundOff: z.boolean().optional(),
  notes: text(1000, { isRequired: false }).nullable().optional(),
})
export type InvoicePatch = z.infer<typeof InvoicePatchSchema>

export const InvoiceParams = z.object({ id: z.uuid(), invoiceId: z.uuid() })

// ---- Responses -------------------------------------------------------------------------------

export const InvoiceLineSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    description: z.string(),
    sacCode: z.string(),
    quantity: z.number().int(),
    unitPricePaise: z.number().int(),
    discountPaise: z.number().int(),
    taxable: z.boolean(),
    gstRateBp: z.number().int(),
    taxableValuePaise: z.number().int(),
    cgstPaise: z.number().int(),
    sgstPaise: z.number().int(),
    totalPaise: z.number().int(),
    planItemId: z.uuid().nullable(),
  })
  .meta({ id: 'InvoiceLine' })
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>

export const InvoiceSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    status: z.enum(INVOICE_STATUSES),
    /** Set at issue: tax invoice, bill of supply, or invoice-cum-bill of supply (Rule 46A). */
    kind: z.enum(INVOICE_KINDS).nullable(),
    /** PREFIX/YY-YY/NNNN, set at issue; null while a draft. */
    number: z.string().nullable(),
    /** '26-27' for April 2026 to March 2027; null while a draft. */
    financialYear: z.string().nullable(),
    issuedAt: z.string().nullable(),
    issuedBy: z.uuid().nullable(),
    supplier: z
      .object({ name: z.string(), gstin: z.string().nullable(), stateCode: z.string().nullable() })
      .nullable(),
    recipient: z.object({
      name: z.string().nullable(),
      address: z.string().nullable(),
      stateCode: z.string().nullable(),
      gstin: z.string().nullable(),
    }),
    roundOff: z.boolean(),
    notes: z.string().nullable(),
    totals: z.object({
      taxableValuePaise: z.number().int(),
      exemptValuePaise: z.number().int(),
      cgstPaise: z.number().int(),
      sgstPaise: z.number().int(),
      roundOffPaise: z.number().int(),
      totalPaise: z.number().int(),
    }),
    lines: z.array(InvoiceLineSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Invoice' })
export type Invoice = z.infer<typeof InvoiceSchema>

export const InvoiceListSchema = z
  .object({ invoices: z.array(InvoiceSchema) })
  .meta({ id: 'InvoiceList' })
export type InvoiceList = z.infer<typeof InvoiceListSchema>
