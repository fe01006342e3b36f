import type { MessagingSettingsBody } from '../../../shared/contracts/messaging.ts'
import type { Tx } from '../../db/with-clinic.ts'

/**
 * Saves the clinic's messaging settings (owners and admins: messaging.manage). Reminders
 * already planned keep their times; the new timings apply to bookings and moves from now on.
 */
export async function saveMessagingSettings(
  tx: Tx,
  clinicId: string,
  body: MessagingSettingsBody,
  now: Date,
): Promise<void> {
  const values = {
    mode: body.mode,
    send_confirmations: body.sendConfirmations,
    reminder_minutes: [...new Set(body.reminderMinutes)].sort((a, b) => b - a),
    quiet_start: body.quietHours.start,
    quiet_end: body.quietHours.end,
    updated_at: now,
  }
  await tx
    .insertInto('messaging_settings')
    .values({ clinic_id: clinicId, ...values })
    .onConflict((conflict) => conflict.column('clinic_id').doUpdateSet(values))
    .execute()
}
