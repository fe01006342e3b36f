import { sql } from 'kysely'
import { addDays } from '../../../shared/scheduling/clinic-time.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { authorize } from '../access/index.ts'
import { formatPatientNumber } from '../patients/index.ts'

/**
 * Who is due for a recall within `withinDays` of the clinic's today: for each active rule,
 * patients whose last completed visit (of the rule's type, or any) was interval_months before,
 * and who have nothing booked ahead. The action queue will work from this list. It names
 * patients, so it needs patient.read as well as the route's schedule.read.
 */
export async function recallsDue(
  tx: Tx,
  actor: Session,
  clinic: { zone: string; today: string; now: Date },
  withinDays: number,
) {
  authorize(actor, 'patient.read')
  return recallsDueBetween(tx, clinic, { until: addDays(clinic.today, withinDays) })
}

/**
 * The same list between two dates (inclusive; `from` open when absent), for whoever already
 * holds patient.read: a staff route above, or the daily recall job as the system.
 */
export async function recallsDueBetween(
  tx: Tx,
  clinic: { zone: string; now: Date },
  window: { from?: string; until: string; ruleId?: string; patientId?: string },
) {
  const { zone, now } = clinic
  const { until } = window
  const from = window.from ?? '1900-01-01'
  const { rows } = await sql<{
    rule_id: string
    rule_name: string
    patient_id: string
    full_name: string
    patient_number: number
    last_visit_on: string
    due_on: string
  }>`
    WITH last_visit AS (
      SELECT r.id AS rule_id, r.name AS rule_name, r.interval_months, a.patient_id,
             max(a.starts_at) AS last_at
      FROM recall_rules r
      JOIN appointments a ON a.status = 'completed'
        AND (r.after_type_id IS NULL OR a.appointment_type_id = r.after_type_id)
      WHERE r.is_active
      GROUP BY r.id, r.name, r.interval_months, a.patient_id),
    due AS (
      SELECT l.*, (l.last_at AT TIME ZONE ${zone})::date AS last_visit_on,
             ((l.last_at AT TIME ZONE ${zone})::date + make_interval(months => l.interval_months))::date AS due_on
      FROM last_visit l)
    SELECT d.rule_id, d.rule_name, d.patient_id, p.full_name, p.patient_number,
           to_char(d.last_visit_on, 'YYYY-MM-DD') AS last_visit_on,
           to_char(d.due_on, 'YYYY-MM-DD') AS due_on
    FROM due d
    JOIN patients p ON p.id = d.patient_id AND p.merged_into_id IS NULL
    WHERE d.due_on <= ${until}::date AND d.due_on >= ${from}::date
      AND (${window.ruleId ?? null}::uuid IS NULL OR d.rule_id = ${window.ruleId ?? null}::uuid)
      AND (${window.patientId ?? null}::uuid IS NULL OR d.patient_id = ${window.patientId ?? null}::uuid)
      AND NOT EXISTS (
        SELECT 1 FROM appointments f
        WHERE f.patient_id = d.patient_id AND f.starts_at >= ${now}
          AND f.status IN ('booked', 'confirmed'))
    ORDER BY d.due_on, p.full_name
    LIMIT 500`.execute(tx)
  return rows.map((row) => ({
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    patient: {
      id: row.patient_id,
      fullName: row.full_name,
      patientNumber: formatPatientNumber(row.patient_number),
    },
    lastVisitOn: row.last_visit_on,
    dueOn: row.due_on,
  }))
}
