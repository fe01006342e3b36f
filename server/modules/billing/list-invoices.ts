import { type RawBuilder, sql } from 'kysely'
import {
  INVOICE_LIST_DEFAULT_LIMIT,
  type InvoiceListPage,
  type InvoiceListQueryInput,
} from '../../../shared/contracts/invoice-list.ts'
import { dayBoundsUtc, utcToZonedParts } from '../../../shared/scheduling/clinic-time.ts'
import type { Tx } from '../../db/with-clinic.ts'

interface Row {
  id: string
  patient_id: string
  name: string | null
  status: 'draft' | 'issued'
  kind: 'tax_invoice' | 'bill_of_supply' | 'invoice_cum_bill_of_supply' | null
  number: string | null
  issued_at: Date | null
  sort_at: Date
  /** The sort instant as PostgreSQL holds it, to the microsecond, in UTC. */
  sort_text: string
  total_paise: string
  credited: string
  paid: string
}

/** COALESCE(issued_at, created_at): the sort key, exactly as the index invoices_listed has it. */
const SORT_AT = sql`COALESCE(i.issued_at, i.created_at)`

/**
 * The clinic's invoices, newest first (issue #12 item 9): by the instant of issue, or of drafting
 * for a draft, then by id, a page at a time with a keyset cursor so a page never skips or repeats
 * a row as invoices are added, reading only its rows through the index invoices_listed
 * (db/migrations/20261208091000_invoice_list.sql). The cursor carries the instant to the
 * microsecond as PostgreSQL prints it (a JavaScript Date would round it to milliseconds and lose
 * rows). The patient's name
 * comes from billing_patient() (db/migrations/20261206100000_invoices.sql), which gives it to
 * billing roles that may not read patient records; RLS keeps every other clinic's rows out.
 * Credited and paid are the same sums as the patient's account (shared/billing/account.ts).
 */
export async function listInvoices(
  tx: Tx,
  query: InvoiceListQueryInput,
  zone: string,
): Promise<InvoiceListPage> {
  const limit = query.limit ?? INVOICE_LIST_DEFAULT_LIMIT
  const filters: RawBuilder<unknown>[] = []
  if (query.status) filters.push(sql`i.status = ${query.status}`)
  if (query.kind) filters.push(sql`i.kind = ${query.kind}`)
  if (query.from) filters.push(sql`${SORT_AT} >= ${dayBoundsUtc(query.from, zone).start}`)
  if (query.to) filters.push(sql`${SORT_AT} < ${dayBoundsUtc(query.to, zone).end}`)
  // Exact or a prefix; numbers hold only letters, digits, / and - (the contract), so nothing in
  // the search is a LIKE wildcard.
  if (query.number) filters.push(sql`upper(i.number) LIKE ${`${query.number.toUpperCase()}%`}`)
  if (query.cursor) {
    const [at, id] = query.cursor.split('~')
    filters.push(sql`(${SORT_AT}, i.id) < (${at}::timestamptz, ${id}::uuid)`)
  }
  const where = filters.length > 0 ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``

  const { rows } = await sql<Row>`
    WITH page AS (
      SELECT i.id, i.patient_id, i.status, i.kind, i.number, i.issued_at, i.total_paise,
             ${SORT_AT} AS sort_at,
             to_char(${SORT_AT} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_text
      FROM invoices i
      ${where}
      ORDER BY ${SORT_AT} DESC, i.id DESC
      LIMIT ${limit + 1}
    )
    SELECT page.*,
           -- A scalar sub-select, not a LATERAL join: the planner guesses 1,000 rows for a set-
           -- returning function, and a join's inflated cost would switch on JIT compilation
           -- (hundreds of milliseconds) for a page of 50 rows.
           (SELECT bp.full_name FROM billing_patient(page.patient_id) bp) AS name,
           COALESCE((SELECT sum(n.total_paise) FROM credit_notes n WHERE n.invoice_id = page.id), 0) AS credited,
           COALESCE((SELECT sum(a.amount_paise) FROM payment_allocations a WHERE a.invoice_id = page.id), 0) AS paid
    FROM page
    ORDER BY page.sort_at DESC, page.id DESC`.execute(tx)

  const shown = rows.slice(0, limit)
  const last = shown.at(-1)
  return {
    invoices: shown.map((row) => {
      const total = Number(row.total_paise)
      const credited = Number(row.credited)
      const paid = Number(row.paid)
      return {
        id: row.id,
        patientId: row.patient_id,
        patientName: row.name ?? '',
        status: row.status,
        kind: row.kind,
        number: row.number,
        date: utcToZonedParts(new Date(row.sort_at), zone).date,
        issuedAt: row.issued_at ? new Date(row.issued_at).toISOString() : null,
        totalPaise: total,
        creditedPaise: credited,
        paidPaise: paid,
        duePaise: row.status === 'issued' ? Math.max(0, total - credited - paid) : 0,
      }
    }),
    nextCursor: rows.length > limit && last ? `${last.sort_text}~${last.id}` : null,
  }
}
