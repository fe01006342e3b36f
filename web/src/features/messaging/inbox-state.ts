import type { ConversationSummary, Inbox } from '../../../../shared/contracts/messaging.ts'

// The WhatsApp inbox's reads (issue #14 item 7). The conversation sits under the inbox's path,
// so invalidating the inbox would read every open conversation again: an audited read. The
// screen therefore refetches the inbox on its own and writes what it already knows into it.

export const INBOX_PATH = '/messaging/conversations'
/** The unread count alone, for the navigation badge. */
export const UNREAD_PATH = '/messaging/unread'

export function conversationPath(patientId: string): string {
  return `${INBOX_PATH}/${patientId}`
}

/** /messaging?patient=…: the address of a conversation, so it can be linked to and bookmarked. */
export function inboxLink(patientId: string): string {
  return `/messaging?patient=${encodeURIComponent(patientId)}`
}

export function summaryOf(
  inbox: Inbox | undefined,
  patientId: string | null,
): ConversationSummary | undefined {
  return patientId ? inbox?.conversations.find((each) => each.patientId === patientId) : undefined
}

/** The inbox once the patient's messages have been seen: their count off the total too. */
export function withConversationSeen(inbox: Inbox, patientId: string): Inbox {
  const seen = summaryOf(inbox, patientId)
  if (!seen || seen.unread === 0) return inbox
  return {
    conversations: inbox.conversations.map((each) =>
      each.patientId === patientId ? { ...each, unread: 0 } : each,
    ),
    unread: Math.max(0, inbox.unread - seen.unread),
  }
}

/**
 * Whether a fresh inbox says the open conversation has moved on since the last one (the patient
 * wrote, or a reply of ours went out), so the conversation is worth reading again. Reading it is
 * audited: only on a change, never on every poll.
 */
export function hasMovedOn(
  before: ConversationSummary | undefined,
  after: ConversationSummary | undefined,
): boolean {
  if (!after) return false
  return after.unread > 0 || after.lastMessageAt !== before?.lastMessageAt
}

/** Whether free text may still be sent at `now` (WhatsApp's 24-hour window, from the server). */
export function isReplyOpen(replyUntil: string | null, now: number): boolean {
  return replyUntil !== null && Date.parse(replyUntil) > now
}
