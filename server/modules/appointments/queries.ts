import { type ExpressionBuilder, sql } from 'kysely'
import type { Appointment } from '../../../shared/contracts/appointments.ts'
import { dayBoundsUtc } from '../../../shared/scheduling/clinic-time.ts'
import type { Database } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { formatPatientNumber } from '../patients/index.ts'

/**
 * Appointments with what a calendar shows: patient name and number, doctor, type and
 * colour. Patients are joined loosely: a role that cannot read patients (accountant)
 * still sees the slot, without the name.
 */
function appointmentsWithNames(tx: Tx) {
  return (
    tx
      .selectFrom('appointments as a')
      .leftJoin('patients as p', 'p.id', 'a.patient_id')
      // Doctors' names come through clinic_bookable_doctors(): the front desk may not read
      // memberships, which the users table's own policy relies on.
      .leftJoin(
        sql<{ user_id: string; full_name: string }>`clinic_bookable_doctors()`.as('u'),
        'u.user_id',
        'a.doctor_user_id',
      )
      .leftJoin('appointment_types as t', 't.id', 'a.appointment_type_id')
      .select([
        'a.id',
        'a.branch_id',
        'a.patient_id',
        'p.full_name as patient_name',
        'p.patient_number',
        'a.doctor_user_id',
        'u.full_name as doctor_name',
        'a.chair_id',
        'a.appointment_type_id',
        't.name as type_name',
        't.colour as type_colour',
        'a.starts_at',
        'a.ends_at',
        'a.status',
        'a.is_walk_in',
        'a.is_override',
        'a.notes',
        'a.cancel_reason',
        'a.status_changed_at',
      ])
  )
}

type Row = Awaited<ReturnType<ReturnType<typeof appointmentsWithNames>['executeTakeFirstOrThrow']>>

export function presentAppointment(row: Row): Appointment {
  const startsAt = new Date(row.starts_at)
  const endsAt = new Date(row.ends_at)
  return {
    id: row.id,
    branchId: row.branch_id,
    patient: {
      id: row.patient_id,
      fullName: row.patient_name,
      patientNumber: row.patient_number === null ? null : formatPatientNumber(row.patient_number),
    },
    doctor: { userId: row.doctor_user_id, fullName: row.doctor_name },
    chairId: row.chair_id,
    appointmentType:
      row.appointment_type_id && row.type_name && row.type_colour
        ? { id: row.appointment_type_id, name: row.type_name, colour: row.type_colour }
        : null,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
    status: row.status,
    isWalkIn: row.is_walk_in,
    isOverride: row.is_override,
    notes: row.notes,
    cancelReason: row.cancel_reason,
    statusChangedAt: new Date(row.status_changed_at).toISOString(),
  }
}

export async function findAppointment(tx: Tx, id: string) {
  const row = await appointmentsWithNames(tx).where('a.id', '=', id).executeTakeFirst()
  return row ? presentAppointment(row) : undefined
}

/**
 * Appointments overlapping [start, end), in terms the (clinic_id, starts_at) index can use
 * under row-level security (see the migration): no appointment lasts over 12 hours.
 */
export function overlapping(
  eb: ExpressionBuilder<Database & { a: Database['appointments'] }, 'a'>,
  start: Date,
  end: Date,
) {
  return eb.and([
    eb('a.starts_at', '>=', new Date(start.getTime() - MAX_LENGTH_MS)),
    eb('a.starts_at', '<', end),
    eb('a.ends_at', '>', start),
  ])
}

const MAX_LENGTH_MS = 12 * 3_600_000

/** The calendar: appointments overlapping the clinic-local days from..to (inclusive), by start. */
export async function listAppointments(
  tx: Tx,
  zone: string,
  filter: {
    from: string
    to?: string | undefined
    doctorUserId?: string | undefined
    chairId?: string | undefined
    patientId?: string | undefined
  },
) {
  const start = dayBoundsUtc(filter.from, zone).start
  const end = dayBoundsUtc(filter.to ?? filter.from, zone).end
  const rows = await appointmentsWithNames(tx)
    .where((eb) => overlapping(eb, start, end))
    .$if(filter.doctorUserId !== undefined, (query) =>
      query.where('a.doctor_user_id', '=', filter.doctorUserId as string),
    )
    .$if(filter.chairId !== undefined, (query) =>
      query.where('a.chair_id', '=', filter.chairId as string),
    )
    .$if(filter.patientId !== undefined, (query) =>
      query.where('a.patient_id', '=', filter.patientId as string),
    )
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .limit(2000)
    .execute()
  return rows.map(presentAppointment)
}

/** One appointment as the calendar shows it; 404 when it is not this clinic's (or not visible). */
export async function getAppointment(tx: Tx, id: string): Promise<Appointment> {
  const appointment = await findAppointment(tx, id)
  if (!appointment) throw new AppError('not_found', 'appointment.not_found')
  return appointment
}
