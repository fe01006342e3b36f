import { sql } from 'kysely'
import type { DayEnd } from '../../../shared/contracts/collection-reports.ts'
import { PAYMENT_MODES, type PaymentMode } from '../../../shared/contracts/payments.ts'
import { dayBoundsUtc } from '../../../shared/scheduling/clinic-time.ts'
import type { Tx } from '../../db/with-clinic.ts'

/**
 * Day-end collection (issue #12 item 7): on one clinic day, the money received by mode (from
 * each receipt's tenders) and by the person who took it, less refunds paid out, so the cash in
 * the drawer and the UPI and card settlements can be checked against it; and what was invoiced
 * and credited that day.
 */
export async function dayEnd(tx: Tx, date: string, zone: string): Promise<DayEnd> {
  const { start, end } = dayBoundsUtc(date, zone)
  const received = await tx
    .selectFrom('payment_tenders as t')
    .innerJoin('payments as p', 'p.id', 't.payment_id')
    .select(['t.mode', sql<string>`sum(t.amount_paise)`.as('amount')])
    .where('p.received_at', '>=', start)
    .where('p.received_at', '<', end)
    .groupBy('t.mode')
    .execute()
  const refunded = await tx
    .selectFrom('refunds')
    .select(['mode', sql<string>`sum(amount_paise)`.as('amount'), sql<string>`count(*)`.as('n')])
    .where('refunded_at', '>=', start)
    .where('refunded_at', '<', end)
    .groupBy('mode')
    .execute()
  const amountOf = (rows: { mode: PaymentMode; amount: string }[], mode: PaymentMode) =>
    Number(rows.find((row) => row.mode === mode)?.amount ?? 0)
  const byMode = PAYMENT_MODES.map((mode) => {
    const receivedPaise = amountOf(received, mode)
    const refundedPaise = amountOf(refunded, mode)
    return { mode, receivedPaise, refundedPaise, netPaise: receivedPaise - refundedPaise }
  }).filter((row) => row.receivedPaise > 0 || row.refundedPaise > 0)

  const { rows: people } = await sql<{
    user_id: string
    name: string
    receipts: string
    received: string
    refunded: string
  }>`
    WITH taken AS (
      SELECT received_by AS user_id, count(*) AS receipts, sum(amount_paise) AS received, 0 AS refunded
      FROM payments WHERE received_at >= ${start} AND received_at < ${end} GROUP BY received_by
      UNION ALL
      SELECT refunded_by, 0, 0, sum(amount_paise)
      FROM refunds WHERE refunded_at >= ${start} AND refunded_at < ${end} GROUP BY refunded_by)
    SELECT taken.user_id, COALESCE(u.full_name, '') AS name, sum(receipts) AS receipts,
           sum(received) AS received, sum(refunded) AS refunded
    FROM taken LEFT JOIN users u ON u.id = taken.user_id
    GROUP BY taken.user_id, u.full_name
    ORDER BY sum(received) DESC, taken.user_id`.execute(tx)

  const { rows: documents } = await sql<{
    receipts: string
    refunds: string
    invoices: string
    invoiced: string
    notes: string
    credited: string
  }>`
    SELECT
      (SELECT count(*) FROM payments WHERE received_at >= ${start} AND received_at < ${end}) AS receipts,
      (SELECT count(*) FROM refunds WHERE refunded_at >= ${start} AND refunded_at < ${end}) AS refunds,
      (SELECT count(*) FROM invoices WHERE status = 'issued' AND issued_at >= ${start} AND issued_at < ${end}) AS invoices,
      (SELECT COALESCE(sum(total_paise), 0) FROM invoices
        WHERE status = 'issued' AND issued_at >= ${start} AND issued_at < ${end}) AS invoiced,
      (SELECT count(*) FROM credit_notes WHERE issued_at >= ${start} AND issued_at < ${end}) AS notes,
      (SELECT COALESCE(sum(total_paise), 0) FROM credit_notes
        WHERE issued_at >= ${start} AND issued_at < ${end}) AS credited`.execute(tx)
  const counts = documents[0]
  const receivedPaise = byMode.reduce((total, row) => total + row.receivedPaise, 0)
  const refundedPaise = byMode.reduce((total, row) => total + row.refundedPaise, 0)
  return {
    date,
    byMode,
    byUser: people.map((row) => ({
      userId: row.user_id,
      name: row.name,
      receipts: Number(row.receipts),
      receivedPaise: Number(row.received),
      refundedPaise: Number(row.refunded),
    })),
    receipts: Number(counts?.receipts ?? 0),
    receivedPaise,
    refunds: Number(counts?.refunds ?? 0),
    refundedPaise,
    netPaise: receivedPaise - refundedPaise,
    invoicesIssued: Number(counts?.invoices ?? 0),
    invoicedPaise: Number(counts?.invoiced ?? 0),
    creditNotesIssued: Number(counts?.notes ?? 0),
    creditedPaise: Number(counts?.credited ?? 0),
  }
}
