import { invoiceDuePaise } from '../../../shared/billing/account.ts'
import type { PlannedMessage } from '../../../shared/contracts/messaging.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import type { JobQueue } from '../../jobs/index.ts'
import { issuedInvoiceMoney } from '../billing/index.ts'
import { planPatientMessage } from './plan-message.ts'

/**
 * A reminder that an invoice's balance is due (issue #14 item 4), asked for by whoever takes
 * payments: at most one a day per invoice, only for an issued invoice with something due, on the
 * patient's channel. The amount is read again when it goes out, so a payment in between is not
 * asked for (composeReminderMessage skips it as paid).
 */
export async function planPaymentReminder(
  tx: Tx,
  jobs: JobQueue,
  input: { invoiceId: string; now: Date; zone: string; today: string },
): Promise<PlannedMessage> {
  const invoice = await tx
    .selectFrom('invoices')
    .select(['patient_id', 'status'])
    .where('id', '=', input.invoiceId)
    .executeTakeFirst()
  if (!invoice) throw new AppError('not_found', 'request.not_found')
  if (invoice.status !== 'issued') throw new AppError('conflict', 'messaging.invoice_not_issued')
  const money = (await issuedInvoiceMoney(tx, invoice.patient_id)).find(
    (each) => each.id === input.invoiceId,
  )
  if (!money || invoiceDuePaise(money) <= 0) throw new AppError('conflict', 'messaging.nothing_due')
  const outcome = await planPatientMessage(tx, jobs, {
    patientId: invoice.patient_id,
    kind: 'payment_reminder',
    subject: { invoiceId: input.invoiceId },
    idempotencyKey: `payment:${input.invoiceId}:${input.today}`,
    now: input.now,
    zone: input.zone,
  })
  if (!outcome.planned) {
    if (outcome.reason === 'messaging_off') throw new AppError('conflict', 'messaging.not_sending')
    if (outcome.reason === 'already_planned') {
      throw new AppError('conflict', 'messaging.reminder_already_planned')
    }
    throw new AppError('conflict', 'messaging.no_channel_consent')
  }
  return {
    messageId: outcome.messageId,
    channel: outcome.channel,
    dueAt: outcome.dueAt.toISOString(),
    viaClinicPhone: outcome.viaClinicPhone,
  }
}
