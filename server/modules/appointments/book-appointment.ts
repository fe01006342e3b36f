import type { Insertable } from 'kysely'
import type { BookAppointment, Reschedule, WalkIn } from '../../../shared/contracts/appointments.ts'
import type { AppointmentsTable } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError, issue, validationError } from '../../http/errors.ts'
import { assertNoCollision, checkHours, fromBookingError } from './booking-checks.ts'
import { branchFor, checkReferences } from './references.ts'

const DEFAULT_MINUTES = 15
const MINUTE = 60_000

interface Context {
  session: Session
  now: Date
  zone: string
}

/** Where a booking ends: the end given, else start plus the duration given, the type's, or 15 minutes. */
function endOf(
  startsAt: Date,
  input: { endsAt?: string | undefined; durationMinutes?: number | undefined },
  defaultMinutes: number | undefined,
): Date {
  if (input.endsAt !== undefined) {
    const endsAt = new Date(input.endsAt)
    if (endsAt <= startsAt) {
      throw validationError([issue('endsAt', 'appointment.end_before_start')])
    }
    if (endsAt.getTime() - startsAt.getTime() > 720 * MINUTE) {
      throw validationError([issue('endsAt', 'appointment.too_long', { hours: 12 })])
    }
    return endsAt
  }
  const minutes = input.durationMinutes ?? defaultMinutes ?? DEFAULT_MINUTES
  return new Date(startsAt.getTime() + minutes * MINUTE)
}

/** Books an appointment. The database refuses double bookings; this turns that into a clear 409. */
export async function bookAppointment(tx: Tx, context: Context, input: BookAppointment) {
  const startsAt = new Date(input.startsAt)
  // A new booking is in the future, unless it records one that already happened.
  if (startsAt < new Date(context.now.getTime() - 5 * MINUTE) && !input.isBackEntry) {
    throw validationError([issue('startsAt', 'appointment.start_in_past')])
  }
  return book(tx, context, input, startsAt, { isBackEntry: input.isBackEntry === true })
}

/** A patient who walked in: an appointment from now, already arrived. */
export function bookWalkIn(tx: Tx, context: Context, input: WalkIn) {
  const startsAt = new Date(Math.floor(context.now.getTime() / MINUTE) * MINUTE)
  return book(tx, context, input, startsAt, { isWalkIn: true })
}

/**
 * The steps every booking takes: check what it points to, work out its end, refuse a collision
 * (naming it), check the doctor's hours unless overridden, and insert.
 */
async function book(
  tx: Tx,
  { session, zone }: Context,
  input: WalkIn & { endsAt?: string | undefined },
  startsAt: Date,
  kind: { isBackEntry?: boolean; isWalkIn?: boolean },
) {
  const { defaultMinutes } = await checkReferences(tx, input)
  const branchId = await branchFor(tx, input.branchId)
  const slot = {
    doctorUserId: input.doctorUserId,
    chairId: input.chairId ?? null,
    startsAt,
    endsAt: endOf(startsAt, input, defaultMinutes),
  }
  await assertNoCollision(tx, slot, zone)
  // A back-entry records what already happened: hours are not checked, and it is marked.
  const isOverride =
    kind.isBackEntry === true ||
    (await checkHours(tx, slot, zone, input.allowOutsideHours === true))
  return insert(tx, session, {
    branch_id: branchId,
    patient_id: input.patientId,
    doctor_user_id: slot.doctorUserId,
    chair_id: slot.chairId,
    appointment_type_id: input.appointmentTypeId ?? null,
    starts_at: slot.startsAt,
    ends_at: slot.endsAt,
    notes: input.notes || null,
    is_override: isOverride,
    ...(kind.isWalkIn ? { status: 'arrived' as const, is_walk_in: true } : {}),
  })
}

async function insert(
  tx: Tx,
  session: Session,
  values: Omit<Insertable<AppointmentsTable>, 'clinic_id' | 'created_by'>,
) {
  try {
    return await tx
      .insertInto('appointments')
      .values({ ...values, clinic_id: session.clinicId, created_by: session.userId })
      .returning('id')
      .executeTakeFirstOrThrow()
  } catch (error) {
    throw fromBookingError(error)
  }
}

/** Moves or resizes an appointment, or changes its doctor, chair, type or notes. */
export async function rescheduleAppointment(
  tx: Tx,
  { zone }: Pick<Context, 'zone'>,
  id: string,
  input: Reschedule,
) {
  const current = await tx
    .selectFrom('appointments')
    .select(['starts_at', 'ends_at', 'doctor_user_id', 'chair_id', 'status', 'is_override'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!current) throw new AppError('not_found', 'appointment.not_found')
  if (
    !['booked', 'confirmed'].includes(current.status) &&
    (input.startsAt || input.durationMinutes)
  ) {
    throw new AppError('conflict', 'appointment.cannot_move', {}, [
      issue('startsAt', 'appointment.cannot_move_status', { status: current.status }),
    ])
  }
  await checkReferences(tx, input)
  const startsAt = input.startsAt ? new Date(input.startsAt) : new Date(current.starts_at)
  const minutes =
    input.durationMinutes ??
    (new Date(current.ends_at).getTime() - new Date(current.starts_at).getTime()) / MINUTE
  const slot = {
    doctorUserId: input.doctorUserId ?? current.doctor_user_id,
    chairId: input.chairId === undefined ? current.chair_id : input.chairId,
    startsAt,
    endsAt: new Date(startsAt.getTime() + minutes * MINUTE),
    movingId: id,
  }
  const isMoved =
    input.startsAt !== undefined ||
    input.durationMinutes !== undefined ||
    input.doctorUserId !== undefined ||
    input.chairId !== undefined
  let isOverride = current.is_override
  if (isMoved) {
    await assertNoCollision(tx, slot, zone)
    isOverride = await checkHours(tx, slot, zone, input.allowOutsideHours === true)
  }
  try {
    await tx
      .updateTable('appointments')
      .set({
        starts_at: slot.startsAt,
        ends_at: slot.endsAt,
        doctor_user_id: slot.doctorUserId,
        chair_id: slot.chairId,
        is_override: isOverride,
        ...(input.appointmentTypeId !== undefined
          ? { appointment_type_id: input.appointmentTypeId }
          : {}),
        ...(input.notes !== undefined ? { notes: input.notes || null } : {}),
      })
      .where('id', '=', id)
      .execute()
  } catch (error) {
    throw fromBookingError(error)
  }
}
