import { z } from 'zod'
import { MAX_LINE_PAISE } from '../billing/invoice-tax.ts'
import { boundedInt, isoDate, text } from './primitives.ts'

/**
 * Billing, second slice (server/modules/billing; issue #12 items 4–5): credit notes against
 * issued invoices (CGST Rule 53(1A)), payments with split tenders and their receipts, advances
 * held on the patient's account and applied later, refunds, and the patient's account. The same
 * rules as db/migrations/20261207080000_credit_notes_payments.sql. Money in integer paise.
 */

export const PAYMENT_MODES = ['cash', 'upi', 'card', 'bank_transfer', 'cheque'] as const
export type PaymentMode = (typeof PAYMENT_MODES)[number]

export const CREDIT_NOTE_REASONS = ['cancellation', 'discount', 'deficiency', 'other'] as const
export type CreditNoteReason = (typeof CREDIT_NOTE_REASONS)[number]

/** ₹10 crore: more than any clinic takes at once, and exact in a JavaScript number. */
export const MAX_PAYMENT_PAISE = MAX_LINE_PAISE
/** Tenders in one payment: UPI, card and cash at most, with room to spare. */
export const MAX_TENDERS = 5

const amount = () => boundedInt(1, MAX_PAYMENT_PAISE)

// ---- Requests --------------------------------------------------------------------------------

/** A credit against one line of the invoice: an amount including its GST. */
export const CreditNoteLineInputSchema = z.object({
  invoiceLineId: z.uuid(),
  amountPaise: amount(),
})

/**
 * A credit note. `cancellation` reverses everything not yet credited (no lines are given); the
 * other reasons credit the amounts given per line.
 */
export const NewCreditNoteSchema = z.object({
  reason: z.enum(CREDIT_NOTE_REASONS),
  note: text(500, { isRequired: false }).optional(),
  lines: z.array(CreditNoteLineInputSchema).max(100).default([]),
})
export type NewCreditNote = z.infer<typeof NewCreditNoteSchema>

/** One way the money came in. UPI, bank transfers and cheques need their reference. */
export const TenderInputSchema = z.object({
  mode: z.enum(PAYMENT_MODES),
  amountPaise: amount(),
  /** UPI UTR, transfer reference, cheque number, or the last 4 digits of a card: never a card number. */
  reference: text(40, { isRequired: false }).optional(),
})
export type TenderInput = z.infer<typeof TenderInputSchema>

export const AllocationInputSchema = z.object({
  invoiceId: z.uuid(),
  amountPaise: amount(),
})

/**
 * A payment: its tenders, and how much of it goes to which invoice. What is left over is held on
 * the patient's account as an advance only when `advance` is true; otherwise more than is due is
 * refused, so a slip of the finger does not turn into an advance.
 */
export const NewPaymentSchema = z.object({
  tenders: z.array(TenderInputSchema).min(1).max(MAX_TENDERS),
  allocations: z.array(AllocationInputSchema).max(50).default([]),
  advance: z.boolean().default(false),
  notes: text(500, { isRequired: false }).optional(),
})
export type NewPayment = z.infer<typeof NewPaymentSchema>

/** Applies credit already on the account (an advance, or what a credit note gave back). */
export const ApplyCreditSchema = z.object({
  invoiceId: z.uuid(),
  amountPaise: amount(),
})
export type ApplyCredit = z.infer<typeof ApplyCreditSchema>

export const NewRefundSchema = z.object({
  amountPaise: amount(),
  mode: z.enum(PAYMENT_MODES),
  reference: text(40, { isRequired: false }).optional(),
  reason: text(500),
  creditNoteId: z.uuid().optional(),
})
export type NewRefund = z.infer<typeof NewRefundSchema>

/** At most five years of monthly instalments. */
export const MAX_INSTALMENTS = 60

/**
 * An instalment plan for what an issued invoice still owes: the amounts add up to exactly that,
 * the dates are today or later and in order. Replaces any plan the invoice had.
 */
export const InstalmentPlanInputSchema = z.object({
  instalments: z
    .array(z.object({ dueOn: isoDate(), amountPaise: amount() }))
    .min(1)
    .max(MAX_INSTALMENTS),
  note: text(500, { isRequired: false }).optional(),
})
export type InstalmentPlanInput = z.infer<typeof InstalmentPlanInputSchema>

export const CreditNoteParams = z.object({ id: z.uuid(), invoiceId: z.uuid() })

// ---- Responses -------------------------------------------------------------------------------

export const CreditNoteSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    invoiceId: z.uuid(),
    invoiceNumber: z.string(),
    invoiceIssuedAt: z.string(),
    number: z.string(),
    financialYear: z.string(),
    issuedAt: z.string(),
    issuedBy: z.uuid(),
    reason: z.enum(CREDIT_NOTE_REASONS),
    note: z.string().nullable(),
    totals: z.object({
      taxableValuePaise: z.number().int(),
      exemptValuePaise: z.number().int(),
      cgstPaise: z.number().int(),
      sgstPaise: z.number().int(),
      roundOffPaise: z.number().int(),
      totalPaise: z.number().int(),
    }),
    lines: z.array(
      z.object({
        invoiceLineId: z.uuid(),
        description: z.string(),
        sacCode: z.string(),
        gstRateBp: z.number().int(),
        taxableValuePaise: z.number().int(),
        cgstPaise: z.number().int(),
        sgstPaise: z.number().int(),
        totalPaise: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CreditNote' })
export type CreditNote = z.infer<typeof CreditNoteSchema>

export const PaymentSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    /** The receipt's number, RCT/YY-YY/NNNN. */
    number: z.string(),
    financialYear: z.string(),
    receivedAt: z.string(),
    receivedBy: z.uuid(),
    amountPaise: z.number().int(),
    notes: z.string().nullable(),
    tenders: z.array(
      z.object({
        mode: z.enum(PAYMENT_MODES),
        amountPaise: z.number().int(),
        reference: z.string().nullable(),
      }),
    ),
    allocations: z.array(
      z.object({
        invoiceId: z.uuid(),
        invoiceNumber: z.string(),
        amountPaise: z.number().int(),
      }),
    ),
    /** What this payment left on the account as an advance when it was made. */
    advancePaise: z.number().int(),
  })
  .meta({ id: 'Payment' })
export type Payment = z.infer<typeof PaymentSchema>

export const RefundSchema = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    number: z.string(),
    financialYear: z.string(),
    refundedAt: z.string(),
    refundedBy: z.uuid(),
    mode: z.enum(PAYMENT_MODES),
    reference: z.string().nullable(),
    amountPaise: z.number().int(),
    reason: z.string(),
    creditNoteId: z.uuid().nullable(),
  })
  .meta({ id: 'Refund' })
export type Refund = z.infer<typeof RefundSchema>

/** Where one issued invoice stands. */
export const InvoiceBalanceSchema = z
  .object({
    invoiceId: z.uuid(),
    number: z.string(),
    issuedAt: z.string(),
    totalPaise: z.number().int(),
    creditedPaise: z.number().int(),
    paidPaise: z.number().int(),
    /** total − credited − paid, never below 0 (a credit after payment goes to the account). */
    duePaise: z.number().int(),
  })
  .meta({ id: 'InvoiceBalance' })
export type InvoiceBalance = z.infer<typeof InvoiceBalanceSchema>

export const INSTALMENT_STATUSES = ['paid', 'part_paid', 'overdue', 'due'] as const

export const InstalmentPlanSchema = z
  .object({
    invoiceId: z.uuid(),
    invoiceNumber: z.string(),
    note: z.string().nullable(),
    createdAt: z.string(),
    instalments: z.array(
      z.object({
        dueOn: z.string(),
        amountPaise: z.number().int(),
        paidPaise: z.number().int(),
        status: z.enum(INSTALMENT_STATUSES),
      }),
    ),
  })
  .meta({ id: 'InstalmentPlan' })
export type InstalmentPlan = z.infer<typeof InstalmentPlanSchema>

export const LEDGER_KINDS = ['invoice', 'credit_note', 'payment', 'refund'] as const

/**
 * The patient's account: what each invoice owes, the credit held (advances and what credit
 * notes gave back, less refunds), and the ledger in date order with a running balance
 * (positive: the patient owes the clinic; negative: the clinic holds the patient's money).
 */
export const PatientAccountSchema = z
  .object({
    patientId: z.uuid(),
    outstandingPaise: z.number().int(),
    creditPaise: z.number().int(),
    balancePaise: z.number().int(),
    invoices: z.array(InvoiceBalanceSchema),
    ledger: z.array(
      z.object({
        kind: z.enum(LEDGER_KINDS),
        id: z.uuid(),
        number: z.string(),
        at: z.string(),
        /** Charged to the patient (invoices, refunds paid out). */
        debitPaise: z.number().int(),
        /** In the patient's favour (payments, credit notes). */
        creditPaise: z.number().int(),
        balancePaise: z.number().int(),
      }),
    ),
    payments: z.array(PaymentSchema),
    creditNotes: z.array(CreditNoteSchema),
    refunds: z.array(RefundSchema),
    instalmentPlans: z.array(InstalmentPlanSchema),
  })
  .meta({ id: 'PatientAccount' })
export type PatientAccount = z.infer<typeof PatientAccountSchema>
