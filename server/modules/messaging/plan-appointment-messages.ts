import {
  appointmentReminders,
  firstSendableInstant,
  type MessageKind,
  messageKey,
} from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { JobQueue } from '../../jobs/index.ts'
import { channelFor, type Planned, planMessage } from './plan-message.ts'
import { messagingSettings } from './settings.ts'

export type AppointmentChange = 'booked' | 'moved' | 'cancelled'

/**
 * Plans the messages an appointment change causes, in the change's own transaction (PRODUCT.md
 * §9): the booking's confirmation and reminders; on a move, the queued reminders are cancelled
 * and replaced and a "moved" message goes out; on a cancellation, the queued messages are
 * cancelled and a "cancelled" message goes out. Each message is a `messages` row plus a send job
 * due at its time (held past quiet hours). Nothing is planned for a patient who has not agreed to
 * WhatsApp messages; the worker checks consent again at send time, since it can be withdrawn in
 * between. The same plan twice is the same rows (idempotency keys), so nothing is sent twice.
 */
export async function planAppointmentMessages(
  tx: Tx,
  jobs: JobQueue,
  input: { appointmentId: string; change: AppointmentChange; now: Date; zone: string },
): Promise<void> {
  // Whatever was queued for this appointment no longer fits it; a move plans anew below.
  await tx
    .updateTable('messages')
    .set({ status: 'cancelled' })
    .where('appointment_id', '=', input.appointmentId)
    .where('status', '=', 'queued')
    .execute()
  const settings = await messagingSettings(tx)
  if (settings.mode === 'off') return
  const appointment = await tx
    .selectFrom('appointments')
    .select(['patient_id', 'starts_at', 'status'])
    .where('id', '=', input.appointmentId)
    .executeTakeFirstOrThrow()
  const startsAt = new Date(appointment.starts_at)
  // A back-entry of a past visit, or a cancellation after the time: nothing to tell anyone.
  if (startsAt <= input.now) return
  const channel = await channelFor(tx, appointment.patient_id)
  if (!channel) return

  const soon = firstSendableInstant(input.now, settings.quietHours, input.zone)
  const planned: Planned[] = []
  const news = (kind: MessageKind) => ({
    kind,
    dueAt: soon,
    idempotencyKey: messageKey(input.appointmentId, kind, startsAt),
  })
  if (input.change === 'cancelled') planned.push(news('appointment_cancelled'))
  else {
    if (input.change === 'booked' && settings.sendConfirmations) {
      planned.push(news('appointment_confirmation'))
    }
    if (input.change === 'moved') planned.push(news('appointment_moved'))
    planned.push(
      ...appointmentReminders({
        appointmentId: input.appointmentId,
        startsAt,
        status: appointment.status,
        now: input.now,
        minutesBefore: settings.reminderMinutes,
        quietHours: settings.quietHours,
        timeZone: input.zone,
      }),
    )
  }
  // Held until the morning after the appointment has begun? Then it is no use: not planned.
  for (const message of planned.filter((each) => each.dueAt < startsAt)) {
    await planMessage(tx, jobs, {
      patientId: appointment.patient_id,
      subject: { appointmentId: input.appointmentId },
      channel,
      // A clinic that sends WhatsApp from its own phone gets drafts; SMS and email still go out.
      viaClinicPhone: settings.mode === 'click_to_chat' && channel === 'whatsapp',
      ...message,
    })
  }
}
