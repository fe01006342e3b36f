import { invoiceDuePaise } from '../../../shared/billing/account.ts'
import { formatPaise } from '../../../shared/format/money.ts'
import { renderTemplate, templateParameters } from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { issuedInvoiceMoney } from '../billing/index.ts'
import { isConsentGranted } from '../consent/index.ts'
import type { Composed, Recipient } from './compose-appointment-message.ts'
import { templateBody } from './templates.ts'

/**
 * A recall or payment reminder, checked again at send time (ADR 0025): the recall is still due
 * (nothing booked since) and the patient still agrees to recall campaigns; the invoice still has
 * a balance, which the message states as it is now, not as it was when planned. Consent for the
 * channel is read again, as for every message.
 */
export async function composeReminderMessage(
  tx: Tx,
  message: {
    kind: 'recall_reminder' | 'payment_reminder'
    patient_id: string
    channel: 'whatsapp' | 'sms' | 'email'
    recall_rule_id: string | null
    invoice_id: string | null
  },
  context: { clinicName: string; recipient: Recipient; now: Date },
): Promise<Composed> {
  const values: Record<string, string> = {
    clinic: context.clinicName,
    patient: context.recipient.patientName,
  }
  if (message.kind === 'recall_reminder') {
    const rule = message.recall_rule_id
      ? await tx
          .selectFrom('recall_rules')
          .select('name')
          .where('id', '=', message.recall_rule_id)
          .executeTakeFirst()
      : undefined
    const booked = await tx
      .selectFrom('appointments')
      .select('id')
      .where('patient_id', '=', message.patient_id)
      .where('starts_at', '>=', context.now)
      .where('status', 'in', ['booked', 'confirmed'])
      .limit(1)
      .executeTakeFirst()
    if (!rule || booked) return { ok: false, skip: 'recall_booked' }
    if (!(await isConsentGranted(tx, message.patient_id, 'purpose.recall_campaigns'))) {
      return { ok: false, skip: 'no_consent' }
    }
    values.recall = rule.name
  } else {
    const invoice = (await issuedInvoiceMoney(tx, message.patient_id)).find(
      (each) => each.id === message.invoice_id,
    )
    const due = invoice ? invoiceDuePaise(invoice) : 0
    if (!invoice || due <= 0) return { ok: false, skip: 'paid' }
    values.amount = formatPaise(due)
    values.invoice = invoice.number
  }
  if (!(await isConsentGranted(tx, message.patient_id, `channel.${message.channel}`))) {
    return { ok: false, skip: 'no_consent' }
  }
  const body = await templateBody(tx, message.kind, context.recipient.language)
  return {
    ok: true,
    text: renderTemplate(body, values),
    templateName: message.kind,
    parameters: templateParameters(body).map((name) => ({ name, value: values[name] ?? '' })),
    heldByQuietHours: true,
  }
}
