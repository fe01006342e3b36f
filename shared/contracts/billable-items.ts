import { z } from 'zod'

/**
 * What the front desk may bill (issue #12, item 9): a patient's completed treatment-plan items
 * that no invoice bills yet, with the billing particulars only (CGST Rule 46(g)–(k)). Plan items
 * are clinical (ADR 0011); this is read through billing_billable_items
 * (db/migrations/20261207110000_billable_items.sql) and carries no clinical note.
 * Money in integer paise, GST rates in basis points.
 */
export const BillableItemSchema = z
  .object({
    /** The plan item: send it in `planItemIds` to bill it at this frozen price. */
    id: z.uuid(),
    code: z.string(),
    /** The procedure's name. */
    name: z.string(),
    /** What the invoice line will say: the procedure and its site (FDI tooth, quadrant, arch). */
    description: z.string(),
    /** FDI tooth number, when the item is on a tooth. */
    tooth: z.number().int().nullable(),
    sacCode: z.string(),
    quantity: z.number().int(),
    unitPricePaise: z.number().int(),
    discountPaise: z.number().int(),
    /** Quantity × unit price less the discount. */
    valuePaise: z.number().int(),
    taxable: z.boolean(),
    gstRateBp: z.number().int(),
    completedAt: z.string(),
    /** The plan's responsible doctor. */
    doctorName: z.string(),
  })
  .meta({ id: 'BillableItem' })
export type BillableItem = z.infer<typeof BillableItemSchema>

export const BillableItemListSchema = z
  .object({
    items: z.array(BillableItemSchema),
    /**
     * Whether the clinic has a GSTIN: an unregistered clinic charges no GST and issues bills of
     * supply only (CGST Act s.9, s.31(3)(c)), so the screen's totals follow the same rule.
     */
    supplierRegistered: z.boolean(),
  })
  .meta({ id: 'BillableItemList' })
export type BillableItemList = z.infer<typeof BillableItemListSchema>
