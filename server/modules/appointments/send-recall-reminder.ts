import type { PlannedMessage } from '../../../shared/contracts/messaging.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import type { JobQueue } from '../../jobs/index.ts'
import { planPatientMessage } from '../messaging/index.ts'
import { recallReminderKey } from './recall-reminders.ts'
import { recallsDueBetween } from './recalls.ts'

/**
 * A recall reminder asked for from the recall list (the front desk, for a patient long overdue
 * whom the daily job no longer writes to, or before it runs): only for a patient due for that
 * recall now, with nothing booked, who agreed to recall campaigns and to a channel. The same
 * recall falling due is reminded once, whoever asks (the daily job uses the same key).
 */
export async function sendRecallReminder(
  tx: Tx,
  jobs: JobQueue,
  input: { ruleId: string; patientId: string; now: Date; zone: string; today: string },
): Promise<PlannedMessage> {
  const [due] = await recallsDueBetween(
    tx,
    { zone: input.zone, now: input.now },
    { until: input.today, ruleId: input.ruleId, patientId: input.patientId },
  )
  if (!due) throw new AppError('not_found', 'messaging.recall_not_due')
  const outcome = await planPatientMessage(tx, jobs, {
    patientId: input.patientId,
    kind: 'recall_reminder',
    subject: { recallRuleId: input.ruleId },
    idempotencyKey: recallReminderKey(due),
    now: input.now,
    zone: input.zone,
    purpose: 'purpose.recall_campaigns',
  })
  if (!outcome.planned) {
    switch (outcome.reason) {
      case 'messaging_off':
        throw new AppError('conflict', 'messaging.not_sending')
      case 'no_purpose_consent':
        throw new AppError('conflict', 'messaging.no_recall_consent')
      case 'no_consent':
        throw new AppError('conflict', 'messaging.no_channel_consent')
      case 'already_planned':
        throw new AppError('conflict', 'messaging.recall_already_planned')
    }
  }
  return {
    messageId: outcome.messageId,
    channel: outcome.channel,
    dueAt: outcome.dueAt.toISOString(),
    viaClinicPhone: outcome.viaClinicPhone,
  }
}
