import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { authorize } from '../access/index.ts'
import { findPatient } from '../patients/index.ts'
import { listAppointments } from './queries.ts'

/**
 * A patient's attendance: how many visits were completed, cancelled or missed, what is
 * coming up, and the latest appointments. Counts are of the appointments the caller may
 * see (a doctor who sees only their own gets their own). It names the patient's visits, so
 * it needs patient.read as well as the route's schedule.read.
 */
export async function attendanceOf(
  tx: Tx,
  actor: Session,
  clinic: { zone: string; now: Date },
  patientId: string,
) {
  authorize(actor, 'patient.read')
  // Zeros for a patient who is not this clinic's would look like an answer: 404, as every
  // other patient route gives (RLS hides the row, so another clinic's id is "no such patient").
  if (!(await findPatient(tx, patientId))) throw new AppError('not_found', 'patient.not_found')
  const { zone, now } = clinic
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
