import type { Appointment } from '../../../../shared/contracts/appointments.ts'
import { outcomeSteps, type PastOutcome } from './booking-request.ts'
import { changeStatus } from './use-status-change.ts'

/**
 * Takes a past visit just recorded (booked, as the server books everything) to what happened,
 * one allowed status change at a time, and answers the appointment as it ends up.
 */
export async function recordOutcome(
  booked: Appointment,
  outcome: PastOutcome,
): Promise<Appointment> {
  let current = booked
  try {
    for (const step of outcomeSteps(outcome)) current = await changeStatus(current, step)
  } catch {
    // The visit itself is recorded, so the booking dialog must not offer to send it again (that
    // would be refused as a double booking). It stays at the status reached, which the
    // confirmation names, and is finished from its details like any other appointment.
  }
  return current
}
