import { z } from 'zod'
import { isoDate } from './primitives.ts'

/**
 * GST reports (server/modules/billing-reports; issue #12 item 7; india-domain §3.6–3.8): the GST
 * summary by rate for a date range, the GSTR-1 export for a month or a quarter, and the NIC
 * e-invoice JSON (INV-01 v1.1) of one B2B invoice. Money in integer paise in the summary; the
 * GSTR-1 and e-invoice documents carry rupees with 2 decimals, as GSTN's and NIC's schemas do,
 * written from paise by integer formatting (server/modules/billing-reports/rupees.ts).
 */

// ---- Requests --------------------------------------------------------------------------------

/** A date range, both ends included, by issue date in the clinic's time zone. */
export const GstSummaryQuery = z.object({
  from: isoDate({ earliest: '2017-07-01' }),
  to: isoDate({ earliest: '2017-07-01' }),
})
export type GstSummaryQuery = z.infer<typeof GstSummaryQuery>

/**
 * A return period: a month (2026-04) or a quarter of a financial year (2026-Q1 = April–June
 * 2026, 2026-Q4 = January–March 2027), as quarterly (QRMP) filers file GSTR-1.
 */
export const GSTR1_PERIOD = /^(20[1-9][0-9])-(0[1-9]|1[0-2]|Q[1-4])$/
export const GSTR1_SECTIONS = ['b2b', 'b2cs', 'hsn', 'docs', 'nil', 'cdnr', 'cdnur'] as const
export type Gstr1Section = (typeof GSTR1_SECTIONS)[number]

export const Gstr1Query = z.object({
  period: z
    .string()
    .max(7)
    .regex(GSTR1_PERIOD, 'must be a month as YYYY-MM or a quarter as YYYY-Q1…Q4'),
  format: z.enum(['json', 'csv']).default('json'),
  /** The section, for CSV: one file per section, like the GSTN offline tool's sheets. */
  section: z.enum(GSTR1_SECTIONS).optional(),
})
export type Gstr1Query = z.infer<typeof Gstr1Query>

export const EInvoiceParams = z.object({ invoiceId: z.uuid() })

// ---- Responses -------------------------------------------------------------------------------

const paise = z.number().int()

export const GstRateRowSchema = z
  .object({
    /** Basis points: 500 = 5% (CGST 2.5% + SGST 2.5%). */
    gstRateBp: z.number().int(),
    lines: z.number().int(),
    taxableValuePaise: paise,
    cgstPaise: paise,
    sgstPaise: paise,
  })
  .meta({ id: 'GstRateRow' })

const GstPartSchema = z.object({
  documents: z.number().int(),
  rates: z.array(GstRateRowSchema),
  exempt: z.object({ lines: z.number().int(), valuePaise: paise }),
  totals: z.object({
    taxableValuePaise: paise,
    exemptValuePaise: paise,
    cgstPaise: paise,
    sgstPaise: paise,
    /** Taxable + exempt + CGST + SGST, before invoice round-off. */
    totalPaise: paise,
  }),
})

export const GstSummarySchema = z
  .object({
    from: z.string(),
    to: z.string(),
    timeZone: z.string(),
    /** Issued invoices, bills of supply and invoices-cum-bills of supply. */
    invoices: GstPartSchema,
    /** Credit notes issued in the range (CGST Act s.34), whatever the date of their invoice. */
    creditNotes: GstPartSchema,
    /** Invoices less credit notes: what the period's return declares. */
    net: GstPartSchema.omit({ documents: true }),
  })
  .meta({ id: 'GstSummary' })
export type GstSummary = z.infer<typeof GstSummarySchema>

// The GSTR-1 JSON of the GSTN offline tool (the fields this product can have: intra-state
// services, no cess, no reverse charge, no e-commerce operator). Amounts are rupees, 2 decimals.
const rupees = z.number()
const itemDetails = z.object({
  txval: rupees,
  rt: z.number(),
  camt: rupees,
  samt: rupees,
  csamt: rupees,
})
const items = z.array(z.object({ num: z.number().int(), itm_det: itemDetails }))

export const Gstr1Schema = z
  .object({
    gstin: z.string(),
    /** The return period, MMYYYY (a quarter's last month). */
    fp: z.string().regex(/^(0[1-9]|1[0-2])20[0-9]{2}$/),
    version: z.string(),
    hash: z.string(),
    b2b: z.array(
      z.object({
        ctin: z.string(),
        inv: z.array(
          z.object({
            inum: z.string(),
            idt: z.string().regex(/^\d{2}-\d{2}-\d{4}$/),
            val: rupees,
            pos: z.string().regex(/^\d{2}$/),
            rchrg: z.literal('N'),
            inv_typ: z.literal('R'),
            itms: items,
          }),
        ),
      }),
    ),
    b2cs: z.array(
      z.object({
        sply_ty: z.enum(['INTRA', 'INTER']),
        pos: z.string(),
        typ: z.literal('OE'),
        rt: z.number(),
        txval: rupees,
        iamt: rupees.optional(),
        camt: rupees,
        samt: rupees,
        csamt: rupees,
      }),
    ),
    cdnr: z.array(
      z.object({
        ctin: z.string(),
        nt: z.array(
          z.object({
            ntty: z.literal('C'),
            nt_num: z.string(),
            nt_dt: z.string(),
            val: rupees,
            pos: z.string(),
            rchrg: z.literal('N'),
            inv_typ: z.literal('R'),
            itms: items,
          }),
        ),
      }),
    ),
    cdnur: z.array(z.unknown()),
    nil: z.object({
      inv: z.array(
        z.object({
          sply_ty: z.enum(['INTRAB2B', 'INTRAB2C']),
          expt_amt: rupees,
          nil_amt: rupees,
          ngsup_amt: rupees,
        }),
      ),
    }),
    hsn: z.object({
      data: z.array(
        z.object({
          num: z.number().int(),
          hsn_sc: z.string(),
          desc: z.string(),
          uqc: z.string(),
          qty: z.number(),
          rt: z.number(),
          txval: rupees,
          iamt: rupees,
          camt: rupees,
          samt: rupees,
          csamt: rupees,
        }),
      ),
    }),
    doc_issue: z.object({
      doc_det: z.array(
        z.object({
          doc_num: z.number().int(),
          doc_typ: z.string(),
          docs: z.array(
            z.object({
              num: z.number().int(),
              from: z.string(),
              to: z.string(),
              totnum: z.number().int(),
              cancel: z.number().int(),
              net_issue: z.number().int(),
            }),
          ),
        }),
      ),
    }),
  })
  .meta({ id: 'Gstr1' })
export type Gstr1 = z.infer<typeof Gstr1Schema>
