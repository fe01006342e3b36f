import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import { listAppointments } from './queries.ts'

/**
 * A patient's attendance: how many visits were completed, cancelled or missed, what is
 * coming up, and the latest appointments. Counts are of the appointments the caller may
 * see (a doctor who sees only their own gets their own).
 */
export async function attendanceOf(tx: Tx, zone: string, patientId: string, now: Date) {
  const { rows } = await sql<{
    completed: number
    cancelled: number
    no_show: number
    upcoming: number
    last_completed_at: Date | null
  }>`
    SELECT count(*) FILTER (WHERE status = 'completed')::int AS completed,
           count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
           count(*) FILTER (WHERE status = 'no_show')::int AS no_show,
           count(*) FILTER (WHERE status IN ('booked', 'confirmed') AND starts_at >= ${now})::int AS upcoming,
           -- Never a future date: a visit completed ahead of its booked time (or an older row
           -- completed before statuses followed time) counts as seen now.
           max(least(starts_at, ${now})) FILTER (WHERE status = 'completed') AS last_completed_at
    FROM appointments WHERE patient_id = ${patientId}`.execute(tx)
  const counts = rows[0]
  const recent = await listAppointments(tx, zone, {
    from: '2000-01-01',
    to: '2100-12-31',
    patientId,
  })
  return {
    completed: counts?.completed ?? 0,
    cancelled: counts?.cancelled ?? 0,
    noShow: counts?.no_show ?? 0,
    upcoming: counts?.upcoming ?? 0,
    lastCompletedAt: counts?.last_completed_at
      ? new Date(counts.last_completed_at).toISOString()
      : null,
    appointments: recent.reverse().slice(0, 50),
  }
}
