import { sql } from 'kysely'
import {
  appointmentReminders,
  firstSendableInstant,
  type MessageKind,
  messageKey,
} from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { enqueue, type JobQueue, QUEUES } from '../../jobs/index.ts'
import { isConsentGranted } from '../consent/index.ts'
import { messagingSettings } from './settings.ts'

export type AppointmentChange = 'booked' | 'moved' | 'cancelled'

interface Planned {
  kind: MessageKind
  dueAt: Date
  idempotencyKey: string
}

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
    await planOne(tx, jobs, {
      patientId: appointment.patient_id,
      appointmentId: input.appointmentId,
      channel,
      // A clinic that sends WhatsApp from its own phone gets drafts; SMS and email still go out.
      viaClinicPhone: settings.mode === 'click_to_chat' && channel === 'whatsapp',
      ...message,
    })
  }
}

/**
 * One row and its job. A key seen before is the same message: left alone if it is queued or
 * already went out, planned again if it was cancelled (an appointment moved away and back). A
 * clinic that sends from its own phone gets the row as a click-to-chat draft, with no job.
 */
async function planOne(
  tx: Tx,
  jobs: JobQueue,
  message: Planned & {
    patientId: string
    appointmentId: string
    channel: MessageChannel
    viaClinicPhone: boolean
  },
): Promise<void> {
  const provider = message.viaClinicPhone ? 'click_to_chat' : null
  // The same message on another channel (consent changed between plans) is another message.
  const key =
    message.channel === 'whatsapp'
      ? message.idempotencyKey
      : `${message.idempotencyKey}:${message.channel}`
  const { rows } = await sql<{ id: string; clinic_id: string }>`
    INSERT INTO messages (clinic_id, patient_id, appointment_id, kind, channel, idempotency_key,
                          due_at, provider)
    VALUES (NULLIF(current_setting('app.clinic_id', true), '')::uuid, ${message.patientId},
            ${message.appointmentId}, ${message.kind}, ${message.channel}, ${key},
            ${message.dueAt}, ${provider})
    ON CONFLICT (clinic_id, idempotency_key) DO UPDATE
      SET status = 'queued', due_at = EXCLUDED.due_at, skip_reason = NULL,
          provider = EXCLUDED.provider
      WHERE messages.status = 'cancelled'
    RETURNING id, clinic_id`.execute(tx)
  const row = rows[0]
  if (!row || message.viaClinicPhone) return
  await enqueue(
    tx,
    jobs,
    QUEUES.message,
    { clinicId: row.clinic_id, messageId: row.id },
    { startAfter: message.dueAt },
  )
}

export type MessageChannel = 'whatsapp' | 'sms' | 'email'

/**
 * The channel a patient's messages go on: WhatsApp if they agreed to it, else SMS, else email
 * (PRODUCT.md §9: SMS and email as fallbacks); none without consent for any. Whether there is a
 * number or an address to write to is checked when the message is due.
 */
async function channelFor(tx: Tx, patientId: string): Promise<MessageChannel | undefined> {
  for (const channel of ['whatsapp', 'sms', 'email'] as const) {
    if (await isConsentGranted(tx, patientId, `channel.${channel}`)) return channel
  }
  return undefined
}
