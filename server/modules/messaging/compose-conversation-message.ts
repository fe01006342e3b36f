import {
  type ConversationKind,
  isServiceWindowOpen,
  optOutConfirmation,
} from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { isConsentGranted } from '../consent/index.ts'
import type { Composed, Recipient } from './compose-appointment-message.ts'
import { lastInboundAt } from './conversation-queries.ts'

/**
 * Free text inside WhatsApp's 24-hour service window (india-domain §7.5): a staff member's reply,
 * or the one confirmation a STOP gets. Checked again at send time: the window may have closed
 * while the reply waited (a retry, a worker that was down), and a reply needs consent still on.
 * The confirmation of a STOP is the exception: consent was just withdrawn, and saying so is the
 * one message the patient still gets. Replies answer the patient, so quiet hours do not hold them.
 */
export async function composeConversationMessage(
  tx: Tx,
  message: { id: string; kind: ConversationKind; patient_id: string },
  context: { clinicName: string; recipient: Recipient; now: Date; cipher: ClinicCipher },
): Promise<Composed> {
  const lastInbound = await lastInboundAt(tx, message.patient_id)
  if (!isServiceWindowOpen(lastInbound, context.now)) return { ok: false, skip: 'window_closed' }
  if (message.kind === 'opt_out_confirmation') {
    return {
      ok: true,
      text: optOutConfirmation[context.recipient.language](context.clinicName),
      templateName: '',
      parameters: [],
      heldByQuietHours: false,
    }
  }
  if (!(await isConsentGranted(tx, message.patient_id, 'channel.whatsapp'))) {
    return { ok: false, skip: 'no_consent' }
  }
  // A staff reply's text was sealed when it was written.
  const body = await tx
    .selectFrom('message_bodies')
    .select('body_cipher')
    .where('message_id', '=', message.id)
    .executeTakeFirst()
  if (!body) return { ok: false, skip: 'window_closed' }
  return {
    ok: true,
    text: context.cipher.decrypt('messages.body', Buffer.from(body.body_cipher)),
    templateName: '',
    parameters: [],
    heldByQuietHours: false,
  }
}
