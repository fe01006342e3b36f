import { describe, expect, it } from 'vitest'
import type { ConversationSummary, Inbox } from '../../../../shared/contracts/messaging.ts'
import { hasMovedOn, isReplyOpen, withConversationSeen } from './inbox-state.ts'

const summary = (patientId: string, unread: number): ConversationSummary => ({
  patientId,
  patientName: `Patient ${patientId}`,
  lastMessageAt: '2026-05-20T10:00:00.000Z',
  lastDirection: 'in',
  unread,
  replyUntil: '2026-05-21T10:00:00.000Z',
  optedOut: false,
})

describe('the inbox on screen', () => {
  it('takes a seen conversation’s unread messages off it and off the total', () => {
    const inbox: Inbox = { conversations: [summary('a', 2), summary('b', 3)], unread: 5 }
    expect(withConversationSeen(inbox, 'a')).toEqual({
      conversations: [summary('a', 0), summary('b', 3)],
      unread: 3,
    })
    expect(withConversationSeen(inbox, 'c')).toBe(inbox)
  })

  it('reads a conversation again only when the inbox shows something new in it', () => {
    const before = summary('a', 0)
    expect(hasMovedOn(before, before)).toBe(false)
    expect(hasMovedOn(before, { ...before, unread: 1 })).toBe(true)
    expect(hasMovedOn(before, { ...before, lastMessageAt: '2026-05-20T10:05:00.000Z' })).toBe(true)
    expect(hasMovedOn(undefined, before)).toBe(true)
    expect(hasMovedOn(before, undefined)).toBe(false)
  })

  it('allows a reply until the end of WhatsApp’s window only', () => {
    const until = '2026-05-21T10:00:00.000Z'
    expect(isReplyOpen(until, Date.parse('2026-05-21T09:59:59.000Z'))).toBe(true)
    expect(isReplyOpen(until, Date.parse(until))).toBe(false)
    expect(isReplyOpen(null, 0)).toBe(false)
  })
})
