import { sql } from 'kysely'
import { firstSendableInstant, type MessageKind } from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { enqueue, type JobQueue, QUEUES } from '../../jobs/index.ts'
import { isConsentGranted } from '../consent/index.ts'
import { messagingSettings } from './settings.ts'

export interface Planned {
  kind: MessageKind
  dueAt: Date
  idempotencyKey: string
}

/** What a message is about: at most one (messages_one_subject). */
export type Subject =
  | { appointmentId: string }
  | { recallRuleId: string }
  | { invoiceId: string }
  | { prescriptionId: string }

export type MessageChannel = 'whatsapp' | 'sms' | 'email'

/**
 * One row and its job, in the caller's transaction. A key seen before is the same message: left
 * alone if it is queued or already went out; an appointment's, planned again if it was cancelled
 * (an appointment moved away and back). A clinic that sends from its own phone gets the row as a
 * click-to-chat draft, with no job. Returns the new (or re-planned) row's id.
 */
export async function planMessage(
  tx: Tx,
  jobs: JobQueue,
  message: Planned & {
    patientId: string
    subject: Subject
    channel: MessageChannel
    viaClinicPhone: boolean
  },
): Promise<string | undefined> {
  const provider = message.viaClinicPhone ? 'click_to_chat' : null
  // The same message on another channel (consent changed between plans) is another message.
  const key =
    message.channel === 'whatsapp'
      ? message.idempotencyKey
      : `${message.idempotencyKey}:${message.channel}`
  const { subject } = message
  const appointmentId = 'appointmentId' in subject ? subject.appointmentId : null
  const recallRuleId = 'recallRuleId' in subject ? subject.recallRuleId : null
  const invoiceId = 'invoiceId' in subject ? subject.invoiceId : null
  const prescriptionId = 'prescriptionId' in subject ? subject.prescriptionId : null
  // Only an appointment's message is planned again after a cancellation: those who plan other
  // messages (the billing desk) may not change a message once planned.
  const onConflict = appointmentId
    ? sql`DO UPDATE SET status = 'queued', due_at = EXCLUDED.due_at, skip_reason = NULL,
                        provider = EXCLUDED.provider
          WHERE messages.status = 'cancelled'`
    : sql`DO NOTHING`
  const { rows } = await sql<{ id: string; clinic_id: string }>`
    INSERT INTO messages (clinic_id, patient_id, appointment_id, recall_rule_id, invoice_id,
                          prescription_id, kind, channel, idempotency_key, due_at, provider)
    VALUES (NULLIF(current_setting('app.clinic_id', true), '')::uuid, ${message.patientId},
            ${appointmentId}, ${recallRuleId}, ${invoiceId}, ${prescriptionId}, ${message.kind},
            ${message.channel}, ${key}, ${message.dueAt}, ${provider})
    ON CONFLICT (clinic_id, idempotency_key) ${onConflict}
    RETURNING id, clinic_id`.execute(tx)
  const row = rows[0]
  if (!row) return undefined
  if (!message.viaClinicPhone) {
    await enqueue(
      tx,
      jobs,
      QUEUES.message,
      { clinicId: row.clinic_id, messageId: row.id },
      { startAfter: message.dueAt },
    )
  }
  return row.id
}

/**
 * The channel a patient's messages go on: WhatsApp if they agreed to it, else SMS, else email
 * (PRODUCT.md §9: SMS and email as fallbacks); none without consent for any. Whether there is a
 * number or an address to write to is checked when the message is due.
 */
export async function channelFor(
  tx: Tx,
  patientId: string,
  channels: readonly MessageChannel[] = ['whatsapp', 'sms', 'email'],
): Promise<MessageChannel | undefined> {
  for (const channel of channels) {
    if (await isConsentGranted(tx, patientId, `channel.${channel}`)) return channel
  }
  return undefined
}

export type PlanOutcome =
  | {
      planned: true
      messageId: string
      channel: MessageChannel
      dueAt: Date
      viaClinicPhone: boolean
    }
  | {
      planned: false
      /** no_purpose_consent: no consent to the purpose (recall campaigns); no_consent: to any channel. */
      reason: 'messaging_off' | 'no_purpose_consent' | 'no_consent' | 'already_planned'
    }

/**
 * A message about something other than an appointment (a recall falling due, an invoice's
 * balance), planned due as soon as quiet hours allow: only when the clinic sends messages, the
 * patient agreed to a channel and, for a purpose beyond their care (recall campaigns), to that
 * purpose too (DPDP Act s.6(1): consent specific to each purpose). The worker checks it all again
 * at send time.
 */
export async function planPatientMessage(
  tx: Tx,
  jobs: JobQueue,
  input: {
    patientId: string
    kind: MessageKind
    subject: Subject
    idempotencyKey: string
    now: Date
    zone: string
    purpose?: 'purpose.recall_campaigns'
    /** The channels that can carry it, in order (a document: WhatsApp or email, not SMS). */
    channels?: readonly MessageChannel[]
    /** It carries a file (a document message). */
    carriesFile?: boolean
  },
): Promise<PlanOutcome> {
  const settings = await messagingSettings(tx)
  if (settings.mode === 'off') return { planned: false, reason: 'messaging_off' }
  if (input.purpose && !(await isConsentGranted(tx, input.patientId, input.purpose))) {
    return { planned: false, reason: 'no_purpose_consent' }
  }
  // A file cannot go through a wa.me link: a clinic sending WhatsApp from its own phone sends
  // documents by email only.
  const channels = (input.channels ?? ['whatsapp', 'sms', 'email']).filter(
    (each) => !(input.carriesFile && settings.mode === 'click_to_chat' && each === 'whatsapp'),
  )
  const channel = await channelFor(tx, input.patientId, channels)
  if (!channel) return { planned: false, reason: 'no_consent' }
  const viaClinicPhone = settings.mode === 'click_to_chat' && channel === 'whatsapp'
  const dueAt = firstSendableInstant(input.now, settings.quietHours, input.zone)
  const messageId = await planMessage(tx, jobs, {
    patientId: input.patientId,
    subject: input.subject,
    channel,
    viaClinicPhone,
    kind: input.kind,
    idempotencyKey: input.idempotencyKey,
    dueAt,
  })
  // The same key seen before (whoever planned it, whether or not they may read it): nothing new.
  if (!messageId) return { planned: false, reason: 'already_planned' }
  return { planned: true, messageId, channel, dueAt, viaClinicPhone }
}
