import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import { answerFor } from '../../http/database-errors.ts'
import { AppError, issue } from '../../http/errors.ts'

export interface Slot {
  doctorUserId: string
  chairId: string | null
  startsAt: Date
  endsAt: Date
  /** The appointment being moved, which cannot collide with itself. */
  movingId?: string | undefined
}

/**
 * Refuses a slot that overlaps a live appointment of the same doctor or chair, naming its time
 * in the clinic's zone. This is for the message only: the exclusion constraints on appointments
 * decide, including for two bookings racing for the same slot (see fromBookingError).
 */
export async function assertNoCollision(tx: Tx, slot: Slot, zone: string): Promise<void> {
  const { rows } = await sql<{ is_doctor: boolean; from: string; to: string }>`
    SELECT a.doctor_user_id = ${slot.doctorUserId} AS is_doctor,
           to_char(a.starts_at AT TIME ZONE ${zone}, 'HH24:MI') AS "from",
           to_char(a.ends_at AT TIME ZONE ${zone}, 'HH24:MI') AS "to"
    FROM appointments a
    WHERE a.status NOT IN ('cancelled', 'no_show')
      -- Bounds on starts_at rather than during &&, so the index serves under RLS (see the migration).
      AND a.starts_at >= ${slot.startsAt}::timestamptz - interval '12 hours'
      AND a.starts_at < ${slot.endsAt} AND a.ends_at > ${slot.startsAt}
      AND (a.doctor_user_id = ${slot.doctorUserId} OR a.chair_id = ${slot.chairId})
      AND a.id IS DISTINCT FROM ${slot.movingId ?? null}::uuid
    ORDER BY a.starts_at
    LIMIT 1`.execute(tx)
  const clash = rows[0]
  if (!clash) return
  const times = { from: clash.from, to: clash.to }
  throw new AppError(
    'conflict',
    clash.is_doctor ? 'appointment.doctor_busy' : 'appointment.chair_busy',
    times,
    [issue('startsAt', 'appointment.overlaps', times)],
  )
}

/** A booking that lost a race for its slot: the constraint said no after our check said yes. */
export function fromBookingError(error: unknown): unknown {
  const taken = (what: 'chair' | 'doctor') =>
    new AppError('conflict', `appointment.${what}_just_taken`, {}, [
      issue('startsAt', `appointment.${what}_no_longer_free`),
    ])
  return answerFor(error, {
    constraints: { appointments_chair_free: taken('chair') },
    '23P01': taken('doctor'),
  })
}

export type HoursVerdict = 'inside' | 'no_hours_set' | 'outside' | 'on_leave'

/**
 * Whether the slot lies inside one of the doctor's working sessions on that day (clinic-local
 * wall time) and clear of leave and clinic holidays. A doctor with no hours set up at all is
 * not checked ('no_hours_set'), so a new clinic can book before configuring hours.
 */
export async function hoursVerdict(tx: Tx, slot: Slot, zone: string): Promise<HoursVerdict> {
  const { rows } = await sql<{ has_hours: boolean; inside: boolean; on_leave: boolean }>`
    WITH local AS (
      SELECT (${slot.startsAt}::timestamptz AT TIME ZONE ${zone}) AS start_at,
             (${slot.endsAt}::timestamptz AT TIME ZONE ${zone}) AS end_at)
    SELECT
      EXISTS (SELECT 1 FROM working_hours h WHERE h.doctor_user_id = ${slot.doctorUserId}) AS has_hours,
      EXISTS (
        SELECT 1 FROM working_hours h, local l
        WHERE h.doctor_user_id = ${slot.doctorUserId}
          AND h.weekday = EXTRACT(DOW FROM l.start_at)
          AND l.start_at >= l.start_at::date + h.starts_at
          AND l.end_at <= l.start_at::date + h.ends_at) AS inside,
      EXISTS (
        SELECT 1 FROM schedule_exceptions e
        WHERE (e.doctor_user_id = ${slot.doctorUserId} OR e.doctor_user_id IS NULL)
          AND tstzrange(e.starts_at, e.ends_at) && tstzrange(${slot.startsAt}, ${slot.endsAt}, '[)')
      ) AS on_leave`.execute(tx)
  const verdict = rows[0]
  if (verdict?.on_leave) return 'on_leave'
  if (!verdict?.has_hours) return 'no_hours_set'
  return verdict.inside ? 'inside' : 'outside'
}

/**
 * Refuses a slot outside working hours or on leave unless the caller chose to override;
 * answers whether the booking is an override (stored on the appointment, and audited).
 */
export async function checkHours(
  tx: Tx,
  slot: Slot,
  zone: string,
  allowOutsideHours: boolean,
): Promise<boolean> {
  const verdict = await hoursVerdict(tx, slot, zone)
  if (verdict === 'inside' || verdict === 'no_hours_set') return false
  if (allowOutsideHours) return true
  const isLeave = verdict === 'on_leave'
  throw new AppError(
    'conflict',
    isLeave ? 'appointment.on_leave' : 'appointment.outside_hours',
    {},
    [issue('startsAt', isLeave ? 'appointment.during_leave' : 'appointment.outside_working_hours')],
  )
}
