import type { PlannedMessage } from '../../../shared/contracts/messaging.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import type { JobQueue } from '../../jobs/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { planPatientMessage } from './plan-message.ts'

/** The AAD names the column, so sealed bytes moved elsewhere do not open. */
export const ATTACHMENT_FIELD = 'message_attachments.content'

/**
 * A document_ready message carrying a PDF (issue #14 item 4): planned on WhatsApp, else email
 * (SMS carries no file), once a day per document, with the PDF sealed beside it under the
 * clinic's key. The worker gives the provider a link to it when the message goes out.
 */
export async function planDocumentMessage(
  tx: Tx,
  jobs: JobQueue,
  cipher: ClinicCipher,
  input: {
    clinicId: string
    patientId: string
    subject: { invoiceId: string } | { prescriptionId: string }
    pdf: { bytes: Buffer; filename: string }
    /** The document as the patient reads it ("invoice INV/26-27/0001"), in their language. */
    label: string
    now: Date
    zone: string
    today: string
  },
): Promise<PlannedMessage> {
  const documentId =
    'invoiceId' in input.subject ? input.subject.invoiceId : input.subject.prescriptionId
  const outcome = await planPatientMessage(tx, jobs, {
    patientId: input.patientId,
    kind: 'document_ready',
    subject: input.subject,
    idempotencyKey: `document:${documentId}:${input.today}`,
    now: input.now,
    zone: input.zone,
    channels: ['whatsapp', 'email'],
    carriesFile: true,
  })
  if (!outcome.planned) {
    if (outcome.reason === 'messaging_off') throw new AppError('conflict', 'messaging.not_sending')
    if (outcome.reason === 'already_planned') {
      throw new AppError('conflict', 'messaging.document_already_planned')
    }
    throw new AppError('conflict', 'messaging.no_document_channel')
  }
  await tx
    .insertInto('message_attachments')
    .values({
      clinic_id: input.clinicId,
      message_id: outcome.messageId,
      filename: input.pdf.filename,
      label: input.label.slice(0, 120),
      // Field encryption takes text: the PDF as base64 (a third larger, for a week at most).
      content_cipher: cipher.encrypt(ATTACHMENT_FIELD, input.pdf.bytes.toString('base64')),
    })
    .execute()
  return {
    messageId: outcome.messageId,
    channel: outcome.channel,
    dueAt: outcome.dueAt.toISOString(),
    viaClinicPhone: outcome.viaClinicPhone,
  }
}
