import { sql } from 'kysely'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, fieldError } from '../../http/errors.ts'
import { formatPatientNumber } from '../patients/index.ts'
import { checkReferences } from './references.ts'

/**
 * Patients waiting for a slot on a day: walk-ins who could not be fitted in, people who want
 * an earlier appointment. Resolving an entry (booked, or gone home) takes it off the list.
 */
export async function waitingOn(tx: Tx, date: string) {
  const { rows } = await sql<{
    id: string
    patient_id: string
    full_name: string | null
    patient_number: number | null
    doctor_user_id: string | null
    doctor_name: string | null
    note: string | null
    added_at: Date
    resolved_at: Date | null
    appointment_id: string | null
  }>`
    SELECT w.id, w.patient_id, p.full_name, p.patient_number, w.doctor_user_id, d.full_name AS doctor_name,
           w.note, w.added_at, w.resolved_at, w.appointment_id
    FROM waiting_list w
    LEFT JOIN patients p ON p.id = w.patient_id
    LEFT JOIN clinic_bookable_doctors() d ON d.user_id = w.doctor_user_id
    WHERE w.on_date = ${date}::date
    ORDER BY w.resolved_at IS NOT NULL, w.added_at`.execute(tx)
  return rows.map((row) => ({
    id: row.id,
    date,
    patient: {
      id: row.patient_id,
      fullName: row.full_name,
      patientNumber: row.patient_number === null ? null : formatPatientNumber(row.patient_number),
    },
    doctor: row.doctor_user_id ? { userId: row.doctor_user_id, fullName: row.doctor_name } : null,
    note: row.note,
    addedAt: new Date(row.added_at).toISOString(),
    resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
    appointmentId: row.appointment_id,
  }))
}

/** One entry of a day's waiting list, as answered (it was just added or resolved). */
export async function waitingEntry(tx: Tx, date: string, id: string) {
  const entry = (await waitingOn(tx, date)).find((each) => each.id === id)
  if (!entry) throw new AppError('not_found', 'waiting_list.not_found')
  return entry
}

export async function addToWaitingList(
  tx: Tx,
  session: Session,
  input: {
    patientId: string
    date: string
    doctorUserId?: string | undefined
    note?: string | undefined
  },
) {
  await checkReferences(tx, { patientId: input.patientId, doctorUserId: input.doctorUserId })
  return tx
    .insertInto('waiting_list')
    .values({
      clinic_id: session.clinicId,
      patient_id: input.patientId,
      on_date: input.date,
      doctor_user_id: input.doctorUserId ?? null,
      note: input.note || null,
      added_by: session.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
}

export async function resolveWaiting(
  tx: Tx,
  id: string,
  appointmentId: string | undefined,
  now: Date,
) {
  if (appointmentId) {
    const appointment = await tx
      .selectFrom('appointments')
      .select('id')
      .where('id', '=', appointmentId)
      .executeTakeFirst()
    if (!appointment) {
      throw fieldError('validation_failed', 'appointmentId', 'waiting_list.appointment_unknown')
    }
  }
  const resolved = await tx
    .updateTable('waiting_list')
    .set({ resolved_at: now, appointment_id: appointmentId ?? null })
    .where('id', '=', id)
    .where('resolved_at', 'is', null)
    .returning(['id', 'on_date'])
    .executeTakeFirst()
  if (!resolved) throw new AppError('not_found', 'waiting_list.not_found')
  return resolved
}
