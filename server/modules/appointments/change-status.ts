import {
  isNextStep,
  type StatusRefusal,
  statusChangeRefusal,
} from '../../../shared/scheduling/status-transitions.ts'
import type { AppointmentStatus } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError, issue } from '../../http/errors.ts'

// Which change may follow which, and when, is decided in shared/scheduling/status-transitions.ts,
// the same rules the calendar uses to offer its buttons.

async function current(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('appointments')
    .select(['status', 'starts_at'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  if (!row) throw new AppError('not_found', 'appointment.not_found')
  return row
}

/**
 * Moves an appointment along the visit, refusing (409 naming `status`) a change out of order or
 * ahead of time. `now` is the app clock and `zone` the clinic's time zone.
 */
export async function changeStatus(
  tx: Tx,
  id: string,
  to: Exclude<AppointmentStatus, 'booked' | 'cancelled'>,
  clinic: { now: Date; zone: string },
): Promise<void> {
  const { status: from, starts_at } = await current(tx, id)
  if (from === to) return
  const refusal = statusChangeRefusal(from, to, {
    startsAt: starts_at,
    now: clinic.now,
    timeZone: clinic.zone,
  })
  if (refusal !== null) {
    const reason = REFUSAL_REASONS[refusal]
    throw new AppError('conflict', reason, { from, to }, [issue('status', reason, { from, to })])
  }
  await tx.updateTable('appointments').set({ status: to }).where('id', '=', id).execute()
}

export async function cancelAppointment(tx: Tx, id: string, reason: string) {
  const { status: from } = await current(tx, id)
  if (!isNextStep(from, 'cancelled')) {
    throw new AppError('conflict', 'appointment.cannot_cancel', { status: from }, [
      issue('status', 'appointment.cannot_cancel', { status: from }),
    ])
  }
  await tx
    .updateTable('appointments')
    .set({ status: 'cancelled', cancel_reason: reason })
    .where('id', '=', id)
    .execute()
}

// Statuses travel as codes (`in_treatment`), which the web app translates.
const REFUSAL_REASONS = {
  not_next_step: 'appointment.status_not_next',
  before_appointment_day: 'appointment.status_before_day',
  before_start: 'appointment.status_before_start',
} as const satisfies Record<StatusRefusal, string>
