import { sql } from 'kysely'
import { PROCEDURE_CATEGORIES } from '../../../shared/contracts/catalogue.ts'
import {
  AD_HOC,
  type Revenue,
  type RevenueCategory,
  type RevenueQuery,
} from '../../../shared/contracts/revenue-reports.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { checkRange } from './gst-summary.ts'

interface GroupRow {
  doctor_id: string | null
  doctor_name: string | null
  category: string | null
  invoiced: string
  credited: string
  lines: string
}

interface Figures {
  invoicedPaise: number
  creditedPaise: number
  revenuePaise: number
  lines: number
}

const zero = (): Figures => ({ invoicedPaise: 0, creditedPaise: 0, revenuePaise: 0, lines: 0 })

function add(into: Figures, row: GroupRow): void {
  const invoiced = Number(row.invoiced)
  const credited = Number(row.credited)
  into.invoicedPaise += invoiced
  into.creditedPaise += credited
  into.revenuePaise += invoiced - credited
  into.lines += Number(row.lines)
}

const CATEGORY_ORDER: readonly RevenueCategory[] = [...PROCEDURE_CATEGORIES, AD_HOC]

/**
 * Revenue per doctor and per procedure category (issue #12 item 7) for invoices and credit notes
 * issued between from and to, by issue date in the clinic's time zone (the GST summary's range
 * and rules). Revenue is the value without GST: GST is the government's, collected by the clinic
 * (CGST Act s.9), so income is the taxable value plus the exempt value (the lines'
 * taxable_value_paise, which carries either), less what credit notes of the range took off.
 *
 * A line from a plan item goes to the doctor who finished the item and to its catalogue category
 * (billing_revenue_attribution, 20261208090000: plan items are clinical, ADR 0011, so accountants
 * read these three facts through the definer). A line typed at the desk goes to "not attributed"
 * and "ad hoc". Every line lands in exactly one doctor and one category, so both lists add up to
 * the totals.
 */
export async function revenue(tx: Tx, zone: string, query: RevenueQuery): Promise<Revenue> {
  checkRange(query.from, query.to)
  const start = sql`(${query.from}::date)::timestamp AT TIME ZONE ${zone}`
  const end = sql`(${query.to}::date + 1)::timestamp AT TIME ZONE ${zone}`
  const { rows } = await sql<GroupRow>`
    WITH moves AS (
      SELECT l.plan_item_id, l.taxable_value_paise AS invoiced, 0 AS credited, 1 AS lines
      FROM invoices i JOIN invoice_lines l ON l.clinic_id = i.clinic_id AND l.invoice_id = i.id
      WHERE i.status = 'issued' AND i.issued_at >= ${start} AND i.issued_at < ${end}
      UNION ALL
      SELECT l.plan_item_id, 0, c.taxable_value_paise, 0
      FROM credit_notes n
      JOIN credit_note_lines c ON c.clinic_id = n.clinic_id AND c.credit_note_id = n.id
      JOIN invoice_lines l ON l.clinic_id = c.clinic_id AND l.id = c.invoice_line_id
      WHERE n.issued_at >= ${start} AND n.issued_at < ${end}),
    attributed AS (
      SELECT * FROM billing_revenue_attribution(
        ARRAY(SELECT DISTINCT plan_item_id FROM moves WHERE plan_item_id IS NOT NULL)))
    SELECT a.doctor_id, a.doctor_name, a.category,
           sum(m.invoiced)::bigint AS invoiced, sum(m.credited)::bigint AS credited,
           sum(m.lines)::int AS lines
    FROM moves m LEFT JOIN attributed a ON a.plan_item_id = m.plan_item_id
    GROUP BY a.doctor_id, a.doctor_name, a.category`.execute(tx)
  const { rows: counted } = await sql<{ invoices: string; notes: string }>`
    SELECT
      (SELECT count(*) FROM invoices i
        WHERE i.status = 'issued' AND i.issued_at >= ${start} AND i.issued_at < ${end}) AS invoices,
      (SELECT count(*) FROM credit_notes n
        WHERE n.issued_at >= ${start} AND n.issued_at < ${end}) AS notes`.execute(tx)

  const doctors = new Map<string, Revenue['byDoctor'][number]>()
  const categories = new Map<RevenueCategory, Revenue['byCategory'][number]>()
  const totals = zero()
  for (const row of rows) {
    const doctorKey = row.doctor_id ?? ''
    const doctor = doctors.get(doctorKey) ?? {
      doctorId: row.doctor_id,
      name: row.doctor_id === null ? null : (row.doctor_name ?? ''),
      ...zero(),
    }
    add(doctor, row)
    doctors.set(doctorKey, doctor)
    const key = (row.category ?? AD_HOC) as RevenueCategory
    const category = categories.get(key) ?? { category: key, ...zero() }
    add(category, row)
    categories.set(key, category)
    add(totals, row)
  }
  // Largest first; "not attributed" last, whatever its size, as the remainder it is.
  const byDoctor = [...doctors.values()].sort(
    (a, b) =>
      Number(a.doctorId === null) - Number(b.doctorId === null) ||
      b.revenuePaise - a.revenuePaise ||
      (a.name ?? '').localeCompare(b.name ?? ''),
  )
  const byCategory = [...categories.values()].sort(
    (a, b) =>
      Number(a.category === AD_HOC) - Number(b.category === AD_HOC) ||
      b.revenuePaise - a.revenuePaise ||
      CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  )
  return {
    from: query.from,
    to: query.to,
    timeZone: zone,
    byDoctor,
    byCategory,
    totals: {
      invoices: Number(counted[0]?.invoices ?? 0),
      creditNotes: Number(counted[0]?.notes ?? 0),
      ...totals,
    },
  }
}
