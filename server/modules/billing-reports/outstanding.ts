import { sql } from 'kysely'
import {
  AGEING_BUCKETS,
  type AgeingBucket,
  type Outstanding,
} from '../../../shared/contracts/collection-reports.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** Days since issue, by the clinic's calendar: 0–30, 31–60, 61–90, over 90. */
function bucketOf(days: number): AgeingBucket {
  if (days <= 30) return '0-30'
  if (days <= 60) return '31-60'
  if (days <= 90) return '61-90'
  return '90+'
}

/**
 * What patients owe today (issue #12 item 7): every issued invoice with something still due
 * (total less credit notes less payments set against it), grouped by patient, aged by the days
 * since issue. The same arithmetic as the patient's account (shared/billing/account.ts), so the
 * list and each patient's account agree.
 */
export async function outstanding(tx: Tx, today: string, zone: string): Promise<Outstanding> {
  const { rows } = await sql<{
    patient_id: string
    name: string | null
    issued_on: string
    days: number
    due: string
  }>`
    WITH owing AS (
      SELECT i.patient_id, i.issued_at,
             i.total_paise - COALESCE(n.credited, 0) - COALESCE(a.paid, 0) AS due
      FROM invoices i
      LEFT JOIN (SELECT invoice_id, sum(total_paise) AS credited FROM credit_notes
                 GROUP BY invoice_id) n ON n.invoice_id = i.id
      LEFT JOIN (SELECT invoice_id, sum(amount_paise) AS paid FROM payment_allocations
                 GROUP BY invoice_id) a ON a.invoice_id = i.id
      WHERE i.status = 'issued'),
    -- The name once per patient who owes, not once per invoice: billing_patient() is a definer
    -- function the planner cannot inline (50,000 calls took 2.9 s in bench:gstr1). A scalar
    -- sub-select, not a LATERAL join, so the planner does not guess thousands of rows and
    -- switch JIT on.
    names AS (
      SELECT p.patient_id, (SELECT bp.full_name FROM billing_patient(p.patient_id) bp) AS name
      FROM (SELECT DISTINCT patient_id FROM owing WHERE due > 0) p)
    -- The day of issue and its age by the clinic's calendar, worked out by the database (one
    -- time-zone conversion per row in JavaScript cost more than the query at 50,000 rows).
    SELECT owing.patient_id, names.name, owing.due,
           to_char(owing.issued_at AT TIME ZONE ${zone}, 'YYYY-MM-DD') AS issued_on,
           (${today}::date - (owing.issued_at AT TIME ZONE ${zone})::date) AS days
    FROM owing JOIN names ON names.patient_id = owing.patient_id
    WHERE owing.due > 0`.execute(tx)
  const patients = new Map<string, Outstanding['patients'][number]>()
  const totals = new Map<AgeingBucket, number>(AGEING_BUCKETS.map((bucket) => [bucket, 0]))
  for (const row of rows) {
    const due = Number(row.due)
    if (due <= 0) continue
    const issuedOn = row.issued_on
    const bucket = bucketOf(Math.max(0, Number(row.days)))
    totals.set(bucket, (totals.get(bucket) ?? 0) + due)
    const entry = patients.get(row.patient_id) ?? {
      patientId: row.patient_id,
      name: row.name ?? '',
      invoices: 0,
      oldestIssuedOn: issuedOn,
      duePaise: 0,
      buckets: AGEING_BUCKETS.map((name) => ({ bucket: name, duePaise: 0 })),
    }
    entry.invoices += 1
    entry.duePaise += due
    if (issuedOn < entry.oldestIssuedOn) entry.oldestIssuedOn = issuedOn
    const slot = entry.buckets.find((candidate) => candidate.bucket === bucket)
    if (slot) slot.duePaise += due
    patients.set(row.patient_id, entry)
  }
  const list = [...patients.values()].sort(
    (a, b) => a.oldestIssuedOn.localeCompare(b.oldestIssuedOn) || b.duePaise - a.duePaise,
  )
  return {
    asOf: today,
    totalPaise: list.reduce((total, entry) => total + entry.duePaise, 0),
    buckets: AGEING_BUCKETS.map((bucket) => ({ bucket, duePaise: totals.get(bucket) ?? 0 })),
    patients: list,
  }
}
