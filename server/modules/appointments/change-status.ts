import type { AppointmentStatus } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { Session } from '../../http/app-env.ts'
import { AppError } from '../../http/errors.ts'
import { authorize } from '../access/index.ts'

/**
 * The way through a visit (PRODUCT.md "Scheduling"): booked → confirmed → arrived →
 * in treatment → completed, with no-show for someone who never came and cancelled
 * (with a reason) before they come. A completed, cancelled or no-show appointment is
 * final; a mistaken no-show is corrected by booking again, so attendance stays true.
 */
const NEXT: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  booked: ['confirmed', 'arrived', 'no_show', 'cancelled'],
  confirmed: ['arrived', 'no_show', 'cancelled'],
  arrived: ['in_treatment', 'completed'],
  in_treatment: ['completed'],
  completed: [],
  cancelled: [],
  no_show: [],
}

export function canMove(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return NEXT[from].includes(to)
}

async function currentStatus(tx: Tx, id: string): Promise<AppointmentStatus> {
  const row = await tx
    .selectFrom('appointments')
    .select('status')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  if (!row) throw new AppError('not_found', 'No such appointment')
  return row.status
}

export async function changeStatus(
  tx: Tx,
  session: Session,
  id: string,
  to: Exclude<AppointmentStatus, 'booked' | 'cancelled'>,
): Promise<void> {
  authorize(session, 'schedule.write')
  const from = await currentStatus(tx, id)
  if (from === to) return
  if (!canMove(from, to)) {
    throw new AppError(
      'conflict',
      `An appointment that is ${label(from)} cannot become ${label(to)}`,
      [{ field: 'status', message: `cannot change from ${from} to ${to}` }],
    )
  }
  await tx.updateTable('appointments').set({ status: to }).where('id', '=', id).execute()
}

export async function cancelAppointment(tx: Tx, session: Session, id: string, reason: string) {
  authorize(session, 'schedule.write')
  const from = await currentStatus(tx, id)
  if (!canMove(from, 'cancelled')) {
    throw new AppError('conflict', `An appointment that is ${label(from)} cannot be cancelled`, [
      { field: 'status', message: `cannot cancel an appointment that is ${from}` },
    ])
  }
  await tx
    .updateTable('appointments')
    .set({ status: 'cancelled', cancel_reason: reason })
    .where('id', '=', id)
    .execute()
}

const label = (status: AppointmentStatus) => status.replace('_', ' ')
