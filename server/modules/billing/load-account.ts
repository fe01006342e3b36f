import {
  accountOf,
  financialYearStarting,
  instalmentProgress,
  invoiceDuePaise,
} from '../../../shared/billing/index.ts'
import type {
  CreditNote,
  InstalmentPlan,
  PatientAccount,
  Payment,
  Refund,
} from '../../../shared/contracts/payments.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { accountTotals, issuedInvoiceMoney } from './account-queries.ts'

/** At the same instant, a document follows what it settles: invoice, payment, credit note, refund. */
const LEDGER_ORDER = ['invoice', 'payment', 'credit_note', 'refund'] as const
const iso = (value: Date | string) => new Date(value).toISOString()
const fy = (startYear: number) => financialYearStarting(startYear).label

/** The patient's account: balances, every money document, and the ledger with a running balance. */
export async function loadAccount(
  tx: Tx,
  patientId: string,
  today: string,
): Promise<PatientAccount> {
  const invoices = await issuedInvoiceMoney(tx, patientId)
  const account = accountOf(invoices, await accountTotals(tx, patientId))
  // One after another: the statements of a transaction share its one connection.
  const payments = await paymentsOf(tx, patientId)
  const creditNotes = await creditNotesOf(tx, patientId)
  const refunds = await refundsOf(tx, patientId)
  const instalmentPlans = await instalmentPlansOf(tx, patientId, invoices, today)

  const entries = [
    ...invoices.map((invoice) => ({
      kind: 'invoice' as const,
      id: invoice.id,
      number: invoice.number,
      at: invoice.issuedAt.toISOString(),
      debitPaise: invoice.totalPaise,
      creditPaise: 0,
    })),
    ...creditNotes.map((note) => ({
      kind: 'credit_note' as const,
      id: note.id,
      number: note.number,
      at: note.issuedAt,
      debitPaise: 0,
      creditPaise: note.totals.totalPaise,
    })),
    ...payments.map((payment) => ({
      kind: 'payment' as const,
      id: payment.id,
      number: payment.number,
      at: payment.receivedAt,
      debitPaise: 0,
      creditPaise: payment.amountPaise,
    })),
    ...refunds.map((refund) => ({
      kind: 'refund' as const,
      id: refund.id,
      number: refund.number,
      at: refund.refundedAt,
      debitPaise: refund.amountPaise,
      creditPaise: 0,
    })),
  ].sort(
    (a, b) =>
      a.at.localeCompare(b.at) ||
      LEDGER_ORDER.indexOf(a.kind) - LEDGER_ORDER.indexOf(b.kind) ||
      a.number.localeCompare(b.number),
  )
  let running = 0
  const ledger = entries.map((entry) => {
    running += entry.debitPaise - entry.creditPaise
    return { ...entry, balancePaise: running }
  })

  return {
    patientId,
    ...account,
    invoices: invoices.map((invoice) => ({
      invoiceId: invoice.id,
      number: invoice.number,
      issuedAt: invoice.issuedAt.toISOString(),
      totalPaise: invoice.totalPaise,
      creditedPaise: invoice.creditedPaise,
      paidPaise: invoice.allocatedPaise,
      duePaise: invoiceDuePaise(invoice),
    })),
    ledger,
    payments,
    creditNotes,
    refunds,
    instalmentPlans,
  }
}

/** The patient's instalment plans with each instalment's progress as of `today` (clinic's day). */
async function instalmentPlansOf(
  tx: Tx,
  patientId: string,
  invoices: Awaited<ReturnType<typeof issuedInvoiceMoney>>,
  today: string,
): Promise<InstalmentPlan[]> {
  const plans = await tx
    .selectFrom('instalment_plans')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('created_at')
    .execute()
  if (plans.length === 0) return []
  const rows = await tx
    .selectFrom('instalments')
    .selectAll()
    .where(
      'plan_id',
      'in',
      plans.map((plan) => plan.id),
    )
    .orderBy('position')
    .execute()
  return plans.flatMap((plan) => {
    const invoice = invoices.find((candidate) => candidate.id === plan.invoice_id)
    if (!invoice) return []
    const covered = invoice.creditedPaise + invoice.allocatedPaise
    return [
      {
        invoiceId: plan.invoice_id,
        invoiceNumber: invoice.number,
        note: plan.note,
        createdAt: iso(plan.created_at),
        instalments: instalmentProgress(
          rows
            .filter((row) => row.plan_id === plan.id)
            .map((row) => ({ dueOn: row.due_on, amountPaise: Number(row.amount_paise) })),
          covered - Number(plan.covered_before_paise),
          today,
        ),
      },
    ]
  })
}

async function paymentsOf(tx: Tx, patientId: string): Promise<Payment[]> {
  const rows = await tx
    .selectFrom('payments')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('received_at')
    .orderBy('serial')
    .execute()
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const tenders = await tx
    .selectFrom('payment_tenders')
    .selectAll()
    .where('payment_id', 'in', ids)
    .orderBy('position')
    .execute()
  const allocations = await tx
    .selectFrom('payment_allocations as a')
    .innerJoin('invoices as i', 'i.id', 'a.invoice_id')
    .select(['a.payment_id', 'a.invoice_id', 'a.amount_paise', 'i.number'])
    .where('a.payment_id', 'in', ids)
    .orderBy('a.created_at')
    .execute()
  return rows.map((row) => {
    const own = allocations.filter((allocation) => allocation.payment_id === row.id)
    const allocated = own.reduce((total, allocation) => total + Number(allocation.amount_paise), 0)
    return {
      id: row.id,
      patientId: row.patient_id,
      number: row.number,
      financialYear: fy(row.fy_start_year),
      receivedAt: iso(row.received_at),
      receivedBy: row.received_by,
      amountPaise: Number(row.amount_paise),
      notes: row.notes,
      tenders: tenders
        .filter((tender) => tender.payment_id === row.id)
        .map((tender) => ({
          mode: tender.mode,
          amountPaise: Number(tender.amount_paise),
          reference: tender.reference,
        })),
      allocations: own.map((allocation) => ({
        invoiceId: allocation.invoice_id,
        invoiceNumber: allocation.number ?? '',
        amountPaise: Number(allocation.amount_paise),
      })),
      advancePaise: Number(row.amount_paise) - allocated,
    }
  })
}

/** The patient's credit notes (or one), with their lines and the invoice each cites. */
export async function creditNotesOf(
  tx: Tx,
  patientId: string,
  onlyId?: string,
): Promise<CreditNote[]> {
  let query = tx
    .selectFrom('credit_notes as n')
    .innerJoin('invoices as i', 'i.id', 'n.invoice_id')
    .selectAll('n')
    .select(['i.number as invoice_number', 'i.issued_at as invoice_issued_at'])
    .where('n.patient_id', '=', patientId)
  if (onlyId !== undefined) query = query.where('n.id', '=', onlyId)
  const rows = await query.orderBy('n.issued_at').orderBy('n.serial').execute()
  if (rows.length === 0) return []
  const lines = await tx
    .selectFrom('credit_note_lines as c')
    .innerJoin('invoice_lines as l', 'l.id', 'c.invoice_line_id')
    .select([
      'c.credit_note_id',
      'c.invoice_line_id',
      'c.taxable_value_paise',
      'c.cgst_paise',
      'c.sgst_paise',
      'c.total_paise',
      'l.description',
      'l.sac_code',
      'l.gst_rate_bp',
    ])
    .where(
      'c.credit_note_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('c.position')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    patientId: row.patient_id,
    invoiceId: row.invoice_id,
    invoiceNumber: row.invoice_number ?? '',
    invoiceIssuedAt: row.invoice_issued_at === null ? '' : iso(row.invoice_issued_at),
    number: row.number,
    financialYear: fy(row.fy_start_year),
    issuedAt: iso(row.issued_at),
    issuedBy: row.issued_by,
    reason: row.reason,
    note: row.note,
    totals: {
      taxableValuePaise: Number(row.taxable_value_paise),
      exemptValuePaise: Number(row.exempt_value_paise),
      cgstPaise: Number(row.cgst_paise),
      sgstPaise: Number(row.sgst_paise),
      roundOffPaise: Number(row.round_off_paise),
      totalPaise: Number(row.total_paise),
    },
    lines: lines
      .filter((line) => line.credit_note_id === row.id)
      .map((line) => ({
        invoiceLineId: line.invoice_line_id,
        description: line.description,
        sacCode: line.sac_code,
        gstRateBp: line.gst_rate_bp,
        taxableValuePaise: Number(line.taxable_value_paise),
        cgstPaise: Number(line.cgst_paise),
        sgstPaise: Number(line.sgst_paise),
        totalPaise: Number(line.total_paise),
      })),
  }))
}

async function refundsOf(tx: Tx, patientId: string): Promise<Refund[]> {
  const rows = await tx
    .selectFrom('refunds')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('refunded_at')
    .orderBy('serial')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    patientId: row.patient_id,
    number: row.number,
    financialYear: fy(row.fy_start_year),
    refundedAt: iso(row.refunded_at),
    refundedBy: row.refunded_by,
    mode: row.mode,
    reference: row.reference,
    amountPaise: Number(row.amount_paise),
    reason: row.reason,
    creditNoteId: row.credit_note_id,
  }))
}
