import { sql } from 'kysely'
import type { CreateException } from '../../../shared/contracts/schedule.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { mapDatabaseErrors } from '../../http/database-errors.ts'
import { fieldError } from '../../http/errors.ts'
import { notFound } from './refusals.ts'
import { listBookableDoctors } from './working-hours.ts'

const COLUMNS = ['id', 'doctor_user_id', 'kind', 'starts_at', 'ends_at', 'note'] as const

/** Midnight at the start of a clinic-local date, as an instant (PostgreSQL knows the zone rules). */
const startOfDay = (date: string, zone: string, plusDays = 0) =>
  sql<Date>`((${date}::date + ${plusDays}::integer)::timestamp AT TIME ZONE ${zone})`

/** Time off that touches the clinic-local days `from`..`to` (inclusive), earliest first. */
export function listExceptions(tx: Tx, zone: string, range: { from: string; to: string }) {
  return tx
    .selectFrom('schedule_exceptions')
    .select(COLUMNS)
    .where('starts_at', '<', startOfDay(range.to, zone, 1))
    .where('ends_at', '>', startOfDay(range.from, zone))
    .orderBy('starts_at')
    .orderBy('id')
    .execute()
}

/**
 * Records leave or a holiday. Whole days run from local midnight to local
 * midnight after `to`, so a day off in Asia/Kolkata is 18:30Z to 18:30Z.
 */
export async function createException(
  tx: Tx,
  session: Session,
  zone: string,
  input: CreateException,
) {
  const notBookable = fieldError(
    'validation_failed',
    'doctorUserId',
    'schedule.not_bookable_or_clinic',
  )
  if (input.doctorUserId !== null) {
    const doctors = await listBookableDoctors(tx)
    if (!doctors.some((doctor) => doctor.user_id === input.doctorUserId)) throw notBookable
  }
  const times =
    input.from !== undefined && input.to !== undefined
      ? { starts_at: startOfDay(input.from, zone), ends_at: startOfDay(input.to, zone, 1) }
      : { starts_at: input.startsAt as string, ends_at: input.endsAt as string }
  return mapDatabaseErrors(
    tx
      .insertInto('schedule_exceptions')
      .values({
        clinic_id: session.clinicId,
        doctor_user_id: input.doctorUserId,
        kind: input.kind,
        ...times,
        note: input.note || null,
        created_by: session.userId,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow(),
    { '23503': notBookable },
  )
}

export async function deleteException(tx: Tx, id: string): Promise<void> {
  const deleted = await tx
    .deleteFrom('schedule_exceptions')
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst()
  if (!deleted) throw notFound('schedule.exception_not_found')
}

export const presentException = (row: Awaited<ReturnType<typeof listExceptions>>[number]) => ({
  id: row.id,
  doctorUserId: row.doctor_user_id,
  kind: row.kind,
  startsAt: new Date(row.starts_at).toISOString(),
  endsAt: new Date(row.ends_at).toISOString(),
  note: row.note,
})
