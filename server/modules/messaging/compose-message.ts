import type { Selectable } from 'kysely'
import { type ConversationKind, conversationKinds } from '../../../shared/messaging/index.ts'
import type { MessagesTable } from '../../db/schema.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import {
  type Composed,
  composeAppointmentMessage,
  type Recipient,
} from './compose-appointment-message.ts'
import { composeConversationMessage } from './compose-conversation-message.ts'
import { composeDocumentMessage } from './compose-document-message.ts'
import { composeReminderMessage } from './compose-reminder-message.ts'

/**
 * The text of one message at send time, by kind, each checked again as its kind requires
 * (ADR 0025): an appointment's, a recall's or an invoice's reminder, a document, or a message of
 * the conversation (a reply, the answer to a STOP). `filename`: the PDF a document carries.
 */
export async function composeMessage(
  tx: Tx,
  message: Selectable<MessagesTable>,
  context: {
    clinicName: string
    timeZone: string
    recipient: Recipient
    now: Date
    cipher: ClinicCipher
  },
): Promise<Composed & { filename?: string }> {
  const { kind } = message
  const { clinicName, recipient, now } = context
  if (kind === 'recall_reminder' || kind === 'payment_reminder') {
    return composeReminderMessage(tx, { ...message, kind }, { clinicName, recipient, now })
  }
  if (kind === 'document_ready') {
    return composeDocumentMessage(tx, message, { clinicName, recipient })
  }
  if (isConversationKind(kind)) {
    return composeConversationMessage(
      tx,
      { id: message.id, kind, patient_id: message.patient_id },
      { clinicName, recipient, now, cipher: context.cipher },
    )
  }
  return composeAppointmentMessage(
    tx,
    {
      kind,
      appointment_id: message.appointment_id,
      patient_id: message.patient_id,
      channel: message.channel,
    },
    { clinicName, timeZone: context.timeZone, recipient, now },
  )
}

export function isConversationKind(kind: string): kind is ConversationKind {
  return (conversationKinds as readonly string[]).includes(kind)
}
