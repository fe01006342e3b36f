import { sql } from 'kysely'
import { dayBoundsUtc, weekdayOf } from '../../../shared/scheduling/clinic-time.ts'
import { type Busy, freeSlots } from '../../../shared/scheduling/free-slots.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'

const hhmm = (time: string) => time.slice(0, 5)

/**
 * A doctor's free slots on a clinic-local day: the working sessions for that weekday,
 * less leave and clinic holidays, less the doctor's live appointments (and the chair's,
 * if one is asked for). The arithmetic is the pure shared/scheduling/free-slots.ts.
 * A doctor who sees only their own appointments may ask only for their own slots.
 */
export async function freeSlotsFor(
  tx: Tx,
  actor: Session,
  zone: string,
  query: {
    doctorUserId: string
    date: string
    durationMinutes: number
    chairId?: string | undefined
  },
  now: Date,
) {
  if (query.doctorUserId !== actor.userId) {
    const { rows } = await sql<{ all: boolean }>`SELECT app_schedule_all() AS "all"`.execute(tx)
    if (!rows[0]?.all) throw new AppError('forbidden', 'appointment.own_slots_only')
  }
  const weekday = weekdayOf(query.date)
  const hours = await tx
    .selectFrom('working_hours')
    .select(['starts_at', 'ends_at'])
    .where('doctor_user_id', '=', query.doctorUserId)
    .where('weekday', '=', weekday)
    .orderBy('starts_at')
    .execute()
  const hasAnyHours = Boolean(
    await tx
      .selectFrom('working_hours')
      .select('id')
      .where('doctor_user_id', '=', query.doctorUserId)
      .executeTakeFirst(),
  )
  const day = dayBoundsUtc(query.date, zone)
  const { rows: busyRows } = await sql<{ starts_at: Date; ends_at: Date }>`
    SELECT starts_at, ends_at FROM appointments
    WHERE status NOT IN ('cancelled', 'no_show')
      AND starts_at >= ${day.start}::timestamptz - interval '12 hours'
      AND starts_at < ${day.end} AND ends_at > ${day.start}
      AND (doctor_user_id = ${query.doctorUserId} OR chair_id = ${query.chairId ?? null})
    UNION ALL
    SELECT starts_at, ends_at FROM schedule_exceptions
    WHERE (doctor_user_id = ${query.doctorUserId} OR doctor_user_id IS NULL)
      AND starts_at < ${day.end} AND ends_at > ${day.start}`.execute(tx)
  const busy: Busy[] = busyRows.map((row) => ({
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
  }))
  const slots = freeSlots({
    date: query.date,
    timeZone: zone,
    sessions: hours.map((session) => ({
      start: hhmm(session.starts_at),
      end: hhmm(session.ends_at),
    })),
    isDayOff: false,
    busy,
    durationMinutes: query.durationMinutes,
    notBefore: now,
  })
  return {
    date: query.date,
    durationMinutes: query.durationMinutes,
    hasWorkingHours: hasAnyHours,
    sessions: hours.map((session) => ({
      start: hhmm(session.starts_at),
      end: hhmm(session.ends_at),
    })),
    slots: slots.map((slot) => ({
      startsAt: slot.start.toISOString(),
      endsAt: slot.end.toISOString(),
    })),
  }
}
