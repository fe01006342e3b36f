import { sql } from 'kysely'
import type { Week } from '../../../shared/contracts/schedule.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { branchFor } from './refusals.ts'

interface BookableDoctor {
  user_id: string
  full_name: string
  role: 'owner' | 'admin' | 'doctor'
}

/**
 * Active doctors, owners and admins: who can be given hours and booked. The front
 * desk may not read memberships (staff.read); clinic_bookable_doctors() gives
 * names and roles to anyone with schedule.read.
 */
export async function listBookableDoctors(tx: Tx) {
  const { rows } =
    await sql<BookableDoctor>`SELECT user_id, full_name, role FROM clinic_bookable_doctors()`.execute(
      tx,
    )
  return rows
}

/** A bookable doctor as answered: every field listed. */
export const presentBookableDoctor = (doctor: BookableDoctor) => ({
  userId: doctor.user_id,
  fullName: doctor.full_name,
  role: doctor.role,
})

/** The doctor's week: seven days from Sunday (0), each with its sessions in order. */
export async function loadWeek(tx: Tx, doctorUserId: string) {
  const rows = await tx
    .selectFrom('working_hours')
    .select(['weekday', 'starts_at', 'ends_at', 'branch_id'])
    .where('doctor_user_id', '=', doctorUserId)
    .orderBy('weekday')
    .orderBy('starts_at')
    .execute()
  return Array.from({ length: 7 }, (_, weekday) => ({
    weekday,
    sessions: rows
      .filter((row) => row.weekday === weekday)
      .map((row) => ({
        start: row.starts_at.slice(0, 5),
        end: row.ends_at.slice(0, 5),
        branchId: row.branch_id,
      })),
  }))
}

/**
 * Replaces the doctor's whole week in the caller's transaction: delete, then
 * insert. The request schema has already refused overlapping sessions; the
 * exclusion constraint is the backstop (two saves at once: the second gets 409),
 * and a trigger admits only active doctors, owners and admins.
 */
export async function replaceWeek(
  tx: Tx,
  session: Session,
  doctorUserId: string,
  input: Week,
): Promise<void> {
  const notBookable = fieldError('validation_failed', 'userId', 'schedule.not_bookable')
  const doctors = await listBookableDoctors(tx)
  if (!doctors.some((doctor) => doctor.user_id === doctorUserId)) throw notBookable
  const branchId = await branchFor(tx, input.branchId)

  await tx.deleteFrom('working_hours').where('doctor_user_id', '=', doctorUserId).execute()
  const rows = input.week.flatMap((day) =>
    day.sessions.map(({ start, end }) => ({
      clinic_id: session.clinicId,
      branch_id: branchId,
      doctor_user_id: doctorUserId,
      weekday: day.weekday,
      starts_at: start,
      ends_at: end,
    })),
  )
  if (rows.length === 0) return
  await mapDatabaseErrors(tx.insertInto('working_hours').values(rows).execute(), {
    '23P01': fieldError('conflict', 'week', 'schedule.sessions_overlap'),
    '23514': notBookable,
  })
}
