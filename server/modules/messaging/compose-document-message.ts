import { renderTemplate, templateParameters } from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { isConsentGranted } from '../consent/index.ts'
import type { Composed, Recipient } from './compose-appointment-message.ts'
import { templateBody } from './templates.ts'

/**
 * A document message at send time: its sealed PDF is still there (the retention job deletes one
 * never sent after 30 days: too_late) and the patient still agrees to the channel. The text names
 * the document as it was asked for ("invoice INV/26-27/0001").
 */
export async function composeDocumentMessage(
  tx: Tx,
  message: { id: string; patient_id: string; channel: 'whatsapp' | 'sms' | 'email' },
  context: { clinicName: string; recipient: Recipient },
): Promise<Composed & { filename?: string }> {
  const attachment = await tx
    .selectFrom('message_attachments')
    .select(['label', 'filename'])
    .where('message_id', '=', message.id)
    .executeTakeFirst()
  if (!attachment || message.channel === 'sms') return { ok: false, skip: 'too_late' }
  if (!(await isConsentGranted(tx, message.patient_id, `channel.${message.channel}`))) {
    return { ok: false, skip: 'no_consent' }
  }
  const values: Record<string, string> = {
    clinic: context.clinicName,
    patient: context.recipient.patientName,
    document: attachment.label,
  }
  const body = await templateBody(tx, 'document_ready', context.recipient.language)
  return {
    ok: true,
    text: renderTemplate(body, values),
    templateName: 'document_ready',
    parameters: templateParameters(body).map((name) => ({ name, value: values[name] ?? '' })),
    heldByQuietHours: true,
    filename: attachment.filename,
  }
}
