import type { Conversation } from '../../../shared/contracts/messaging.ts'
import { isServiceWindowOpen, serviceWindowEnd } from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { AppError } from '../../http/errors.ts'
import { recordRead } from '../audit/index.ts'
import type { ClinicCipher } from '../clinic-keys/index.ts'
import { findPatient } from '../patients/index.ts'
import { findConversationMessages, lastInboundAt, unreadCount } from './conversation-queries.ts'
import { presentMessage } from './present.ts'

/**
 * A patient's conversation, oldest first, with the texts opened: a read of personal data,
 * recorded in the audit log. Opening it does not mark it read; the screen says when it has been
 * seen (markConversationSeen), so a glance at the wrong patient does not clear the badge.
 */
export async function readConversation(
  tx: Tx,
  cipher: ClinicCipher,
  input: { patientId: string; now: Date },
): Promise<Conversation> {
  const patient = await findPatient(tx, input.patientId)
  if (!patient) throw new AppError('not_found', 'patient.not_found')
  const rows = await findConversationMessages(tx, input.patientId)
  await recordRead(tx, {
    table: 'messages',
    rowId: input.patientId,
    patientId: input.patientId,
    details: { count: rows.length, view: 'conversation' },
  })
  const lastInbound = await lastInboundAt(tx, input.patientId)
  return {
    patientId: input.patientId,
    patientName: patient.full_name,
    messages: rows.map((row) => presentMessage(row, cipher)),
    unread: await unreadCount(tx, input.patientId),
    replyUntil: isServiceWindowOpen(lastInbound, input.now)
      ? (serviceWindowEnd(lastInbound)?.toISOString() ?? null)
      : null,
  }
}
