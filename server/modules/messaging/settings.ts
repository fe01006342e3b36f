import { DEFAULT_REMINDER_MINUTES_BEFORE } from '../../../shared/messaging/appointment-reminders.ts'
import { DEFAULT_QUIET_HOURS, type QuietHours } from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'

export interface MessagingSettings {
  mode: 'whatsapp' | 'click_to_chat' | 'off'
  sendConfirmations: boolean
  reminderMinutes: readonly number[]
  quietHours: QuietHours
}

/** The clinic's messaging settings; a clinic that never saved any gets the defaults. */
export async function messagingSettings(tx: Tx): Promise<MessagingSettings> {
  const row = await tx
    .selectFrom('messaging_settings')
    .select(['mode', 'send_confirmations', 'reminder_minutes', 'quiet_start', 'quiet_end'])
    .executeTakeFirst()
  if (!row) {
    return {
      mode: 'whatsapp',
      sendConfirmations: true,
      reminderMinutes: DEFAULT_REMINDER_MINUTES_BEFORE,
      quietHours: DEFAULT_QUIET_HOURS,
    }
  }
  return {
    mode: row.mode,
    sendConfirmations: row.send_confirmations,
    reminderMinutes: row.reminder_minutes,
    quietHours: { start: row.quiet_start, end: row.quiet_end },
  }
}
