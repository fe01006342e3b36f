import { sql } from 'kysely'
import { formatDateTime } from '../../../shared/format/date.ts'
import {
  type MessageKind,
  type MessageLanguage,
  renderTemplate,
  templateParameters,
} from '../../../shared/messaging/index.ts'
import type { MessageSkipReason } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { isConsentGranted } from '../consent/index.ts'
import { templateBody } from './templates.ts'

export interface Recipient {
  patientName: string
  language: MessageLanguage
}

export type Composed =
  | {
      ok: true
      text: string
      templateName: string
      parameters: { name: string; value: string }[]
      /** Whether the clinic's quiet hours hold it (business-initiated messages). */
      heldByQuietHours: boolean
    }
  | { ok: false; skip: MessageSkipReason }

/**
 * A templated message about an appointment (confirmation, reminder, moved, cancelled), checked
 * again at send time (ADR 0025): the visit is still on at the time it names and has not begun,
 * and the patient's WhatsApp consent is on now, not only when the message was planned.
 */
export async function composeAppointmentMessage(
  tx: Tx,
  message: {
    kind: MessageKind
    appointment_id: string | null
    patient_id: string
    channel: 'whatsapp' | 'sms' | 'email'
  },
  context: { clinicName: string; timeZone: string; recipient: Recipient; now: Date },
): Promise<Composed> {
  let doctor = ''
  let startsAt: Date | undefined
  if (message.appointment_id) {
    const appointment = await tx
      .selectFrom('appointments as a')
      .innerJoin(
        sql<{ user_id: string; full_name: string }>`clinic_bookable_doctors()`.as('d'),
        'd.user_id',
        'a.doctor_user_id',
      )
      .select(['a.starts_at', 'a.status', 'd.full_name'])
      .where('a.id', '=', message.appointment_id)
      .executeTakeFirst()
    startsAt = appointment ? new Date(appointment.starts_at) : undefined
    const stillOn = appointment?.status === 'booked' || appointment?.status === 'confirmed'
    const isCancellation = message.kind === 'appointment_cancelled'
    if (!appointment || (!isCancellation && !stillOn))
      return { ok: false, skip: 'appointment_changed' }
    if (!startsAt || startsAt <= context.now) return { ok: false, skip: 'too_late' }
    doctor = appointment.full_name
  }
  // Consent for the channel is read again now: a withdrawal after the booking stops this message.
  if (!(await isConsentGranted(tx, message.patient_id, `channel.${message.channel}`))) {
    return { ok: false, skip: 'no_consent' }
  }
  // The clinic's own wording, else the shipped default.
  const body = await templateBody(tx, message.kind, context.recipient.language)
  const values: Record<string, string> = {
    clinic: context.clinicName,
    patient: context.recipient.patientName,
    doctor,
    when: startsAt ? formatDateTime(startsAt, context.timeZone) : '',
  }
  return {
    ok: true,
    text: renderTemplate(body, values),
    templateName: message.kind,
    parameters: templateParameters(body).map((name) => ({ name, value: values[name] as string })),
    heldByQuietHours: true,
  }
}
