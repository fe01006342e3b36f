import type { Inbox } from '../../../shared/contracts/messaging.ts'
import { isServiceWindowOpen, serviceWindowEnd } from '../../../shared/messaging/index.ts'
import type { Tx } from '../../db/with-clinic.ts'
import { findConversations, totalUnread } from './conversation-queries.ts'

const INBOX_SIZE = 100

/**
 * The inbox: every patient who has written, the latest conversation first, with unread counts and
 * whether free text can still be sent (the 24-hour window). Names only, no texts: opening a
 * conversation is the read that is audited.
 */
export async function inbox(tx: Tx, now: Date): Promise<Inbox> {
  const rows = await findConversations(tx, INBOX_SIZE)
  return {
    conversations: rows.map((row) => {
      const lastInbound = row.last_inbound_at ? new Date(row.last_inbound_at) : null
      return {
        patientId: row.patient_id,
        patientName: row.full_name,
        lastMessageAt: new Date(row.last_message_at).toISOString(),
        lastDirection: row.last_direction,
        unread: row.unread,
        replyUntil: isServiceWindowOpen(lastInbound, now)
          ? (serviceWindowEnd(lastInbound)?.toISOString() ?? null)
          : null,
        optedOut: row.last_kind === 'opt_out' || row.last_kind === 'opt_out_confirmation',
      }
    }),
    unread: await totalUnread(tx),
  }
}
