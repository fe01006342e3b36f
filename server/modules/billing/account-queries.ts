import { sql } from 'kysely'
import type { InvoiceMoney } from '../../../shared/billing/index.ts'
import type { Tx } from '../../db/with-clinic.ts'

/**
 * Serialises every change to one patient's account (payments, allocations, credit notes,
 * refunds) until the transaction ends, so that the sums a use case checks are the sums it
 * writes against: two desks taking money for the same patient at once take turns. A
 * transaction-level advisory lock on the patient id: nothing to clean up, released at commit or
 * rollback, and it reveals nothing (another clinic's patient id only makes a wait of a few ms).
 */
export async function lockAccount(tx: Tx, patientId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`billing-account:${patientId}`}, 0))`.execute(
    tx,
  )
}

export interface IssuedInvoiceMoney extends InvoiceMoney {
  id: string
  number: string
  issuedAt: Date
  roundOffPaise: number
}

/** The patient's issued invoices, oldest first, with what has been credited and set against each. */
export async function issuedInvoiceMoney(tx: Tx, patientId: string): Promise<IssuedInvoiceMoney[]> {
  const rows = await tx
    .selectFrom('invoices as i')
    .select((eb) => [
      'i.id',
      'i.number',
      'i.issued_at',
      'i.total_paise',
      'i.round_off_paise',
      eb
        .selectFrom('credit_notes as n')
        .whereRef('n.invoice_id', '=', 'i.id')
        .select(sql<string>`COALESCE(sum(n.total_paise), 0)`.as('s'))
        .as('credited'),
      eb
        .selectFrom('payment_allocations as a')
        .whereRef('a.invoice_id', '=', 'i.id')
        .select(sql<string>`COALESCE(sum(a.amount_paise), 0)`.as('s'))
        .as('allocated'),
    ])
    .where('i.patient_id', '=', patientId)
    .where('i.status', '=', 'issued')
    .orderBy('i.issued_at')
    .orderBy('i.serial')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    number: row.number ?? '',
    issuedAt: row.issued_at ?? new Date(0),
    totalPaise: Number(row.total_paise),
    roundOffPaise: Number(row.round_off_paise),
    creditedPaise: Number(row.credited ?? 0),
    allocatedPaise: Number(row.allocated ?? 0),
  }))
}

/** What came in, what was set against invoices and what was paid back, for the patient. */
export async function accountTotals(tx: Tx, patientId: string) {
  const { rows } = await sql<{ payments: string; allocated: string; refunds: string }>`
    SELECT
      (SELECT COALESCE(sum(amount_paise), 0) FROM payments WHERE patient_id = ${patientId}) AS payments,
      (SELECT COALESCE(sum(amount_paise), 0) FROM payment_allocations WHERE patient_id = ${patientId}) AS allocated,
      (SELECT COALESCE(sum(amount_paise), 0) FROM refunds WHERE patient_id = ${patientId}) AS refunds`.execute(
    tx,
  )
  const row = rows[0]
  return {
    paymentsPaise: Number(row?.payments ?? 0),
    allocatedPaise: Number(row?.allocated ?? 0),
    refundsPaise: Number(row?.refunds ?? 0),
  }
}

/** What each line of an invoice has had credited so far, by line id. */
export async function creditedByLine(tx: Tx, lineIds: string[]) {
  const credited = new Map<string, { taxable: number; cgst: number; total: number }>()
  if (lineIds.length === 0) return credited
  const rows = await tx
    .selectFrom('credit_note_lines')
    .select([
      'invoice_line_id',
      sql<string>`sum(taxable_value_paise)`.as('taxable'),
      sql<string>`sum(cgst_paise)`.as('cgst'),
      sql<string>`sum(total_paise)`.as('total'),
    ])
    .where('invoice_line_id', 'in', lineIds)
    .groupBy('invoice_line_id')
    .execute()
  for (const row of rows) {
    credited.set(row.invoice_line_id, {
      taxable: Number(row.taxable),
      cgst: Number(row.cgst),
      total: Number(row.total),
    })
  }
  return credited
}
