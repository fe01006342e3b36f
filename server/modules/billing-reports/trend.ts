import { sql } from 'kysely'
import type { Trend } from '../../../shared/contracts/revenue-reports.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** 'YYYY-MM' of the month `offset` months after (or before) the month of `date` ('YYYY-MM…'). */
export function monthOf(date: string, offset = 0): string {
  const [year, month] = date.split('-').map(Number) as [number, number]
  const index = year * 12 + (month - 1) + offset
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/**
 * Month by month (issue #12 item 7), the last `months` months ending with the clinic's current
 * one, all in the clinic's time zone: money collected (receipts less refunds, by when received or
 * paid out), invoiced and credited (issued totals), and what issued invoices still owed at each
 * month's end. Two set-based queries whatever the number of months or invoices.
 */
export async function trend(tx: Tx, zone: string, today: string, months: number): Promise<Trend> {
  const first = monthOf(today, 1 - months)
  const last = monthOf(today)
  const start = sql`(${`${first}-01`}::date)::timestamp AT TIME ZONE ${zone}`
  const end = sql`(${`${last}-01`}::date + interval '1 month') AT TIME ZONE ${zone}`

  // The flows of the months: each document once, put in its month on the clinic's calendar.
  const { rows: flows } = await sql<{ kind: string; month: string; amount: string }>`
    SELECT kind, to_char(at AT TIME ZONE ${zone}, 'YYYY-MM') AS month, sum(amount)::bigint AS amount
    FROM (
      SELECT 'received' AS kind, received_at AS at, amount_paise AS amount FROM payments
      UNION ALL SELECT 'refunded', refunded_at, amount_paise FROM refunds
      UNION ALL SELECT 'invoiced', issued_at, total_paise FROM invoices WHERE status = 'issued'
      UNION ALL SELECT 'credited', issued_at, total_paise FROM credit_notes
    ) AS moves
    WHERE at >= ${start} AND at < ${end}
    GROUP BY 1, 2`.execute(tx)

  // What was owed at each month's end, invoice by invoice as the outstanding report reckons it
  // (total less credit notes less payments set against it, when it owes anything), from every
  // event up to that instant, however old: an invoice of two years ago still unpaid counts.
  // Payments count from when they were set against the invoice (an advance applied later
  // reduces what is owed from then).
  const { rows: owed } = await sql<{ month: string; owed: string }>`
    WITH months AS (
      SELECT to_char(m, 'YYYY-MM') AS month, (m + interval '1 month') AT TIME ZONE ${zone} AS month_end
      FROM generate_series(${`${first}-01`}::timestamp, ${`${last}-01`}::timestamp,
                           interval '1 month') AS m),
    events AS (
      SELECT id AS invoice_id, issued_at AS at, total_paise AS delta
      FROM invoices WHERE status = 'issued'
      UNION ALL SELECT invoice_id, issued_at, -total_paise FROM credit_notes
      UNION ALL SELECT invoice_id, created_at, -amount_paise FROM payment_allocations),
    dues AS (
      SELECT months.month, events.invoice_id, sum(events.delta) AS due
      FROM months JOIN events ON events.at < months.month_end
      GROUP BY months.month, events.invoice_id)
    SELECT months.month, COALESCE(sum(GREATEST(dues.due, 0)), 0)::bigint AS owed
    FROM months LEFT JOIN dues ON dues.month = months.month
    GROUP BY months.month`.execute(tx)

  const amount = (kind: string, month: string) =>
    Number(flows.find((row) => row.kind === kind && row.month === month)?.amount ?? 0)
  return {
    timeZone: zone,
    asOf: today,
    months: Array.from({ length: months }, (_, index) => {
      const month = monthOf(first, index)
      const receivedPaise = amount('received', month)
      const refundedPaise = amount('refunded', month)
      return {
        month,
        receivedPaise,
        refundedPaise,
        collectedPaise: receivedPaise - refundedPaise,
        invoicedPaise: amount('invoiced', month),
        creditedPaise: amount('credited', month),
        outstandingPaise: Number(owed.find((row) => row.month === month)?.owed ?? 0),
      }
    }),
  }
}
