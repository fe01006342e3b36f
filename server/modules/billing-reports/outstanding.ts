import { sql } from 'kysely'
import {
  AGEING_BUCKETS,
  type AgeingBucket,
  type Outstanding,
} from '../../../shared/contracts/collection-reports.ts'
import { dayBoundsUtc, utcToZonedParts } from '../../../shared/scheduling/clinic-time.ts'
import type { Tx } from '../../db/with-clinic.ts'

/** Days since issue, by the clinic's calendar: 0–30, 31–60, 61–90, over 90. */
function bucketOf(days: number): AgeingBucket {
  if (days <= 30) return '0-30'
  if (days <= 60) return '31-60'
  if (days <= 90) return '61-90'
  return '90+'
}

const DAY_MS = 86_400_000

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
    issued_at: Date
    due: string
  }>`
    SELECT i.patient_id,
           -- A scalar sub-select, not a LATERAL join: the planner guesses thousands of rows for
           -- a set-returning function per invoice and switches JIT on (hundreds of ms).
           (SELECT bp.full_name FROM billing_patient(i.patient_id) bp) AS name, i.issued_at,
           i.total_paise
             - COALESCE((SELECT sum(n.total_paise) FROM credit_notes n WHERE n.invoice_id = i.id), 0)
             - COALESCE((SELECT sum(a.amount_paise) FROM payment_allocations a WHERE a.invoice_id = i.id), 0)
             AS due
    FROM invoices i
    WHERE i.status = 'issued'`.execute(tx)
  const todayStart = dayBoundsUtc(today, zone).start.getTime()
  const patients = new Map<string, Outstanding['patients'][number]>()
  const totals = new Map<AgeingBucket, number>(AGEING_BUCKETS.map((bucket) => [bucket, 0]))
  for (const row of rows) {
    const due = Number(row.due)
    if (due <= 0) continue
    const issuedOn = utcToZonedParts(new Date(row.issued_at), zone).date
    const issuedStart = dayBoundsUtc(issuedOn, zone).start.getTime()
    const bucket = bucketOf(Math.max(0, Math.round((todayStart - issuedStart) / DAY_MS)))
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
