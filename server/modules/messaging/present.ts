import type { Selectable } from 'kysely'
import type { Message, MessagingSettingsBody } from '../../../shared/contracts/messaging.ts'
import type { MessagesTable } from '../../db/schema.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import type { MessagingSettings } from './settings.ts'

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

/** One message as the log shows it; the sealed text opened with the clinic's key. */
export function presentMessage(
  row: Selectable<MessagesTable> & { body_cipher: Buffer | null },
  cipher: ClinicCipher,
): Message {
  return {
    id: row.id,
    kind: row.kind,
    direction: row.direction,
    channel: row.channel,
    status: row.status,
    skipReason: row.skip_reason,
    language: row.language,
    appointmentId: row.appointment_id,
    dueAt: new Date(row.due_at).toISOString(),
    sentAt: iso(row.sent_at),
    deliveredAt: iso(row.delivered_at),
    readAt: iso(row.read_at),
    failedAt: iso(row.failed_at),
    errorCode: row.error_code,
    text: row.body_cipher ? cipher.decrypt('messages.body', Buffer.from(row.body_cipher)) : null,
  }
}

export function presentSettings(settings: MessagingSettings): MessagingSettingsBody {
  return {
    mode: settings.mode,
    sendConfirmations: settings.sendConfirmations,
    reminderMinutes: [...settings.reminderMinutes],
    quietHours: { ...settings.quietHours },
  }
}
