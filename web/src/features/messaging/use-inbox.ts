import { useCallback, useEffect, useRef, useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import {
  type Conversation,
  ConversationSchema,
  type Inbox,
  InboxSchema,
} from '../../../../shared/contracts/messaging.ts'
import { api } from '../../lib/api.ts'
import { useApiCache, useApiQuery } from '../../lib/query.ts'
import { useMe } from '../auth/use-session.ts'
import {
  conversationPath,
  hasMovedOn,
  INBOX_PATH,
  summaryOf,
  UNREAD_PATH,
  withConversationSeen,
} from './inbox-state.ts'

/** How often the inbox is read again while the page is in view (a list of names, not audited). */
export const INBOX_POLL_MS = 20_000

/**
 * The inbox and the open conversation. The inbox is read again every 20 seconds while the page
 * is visible; the conversation (an audited read) only when opened, on Refresh, or when the inbox
 * shows something new in it. Opening a conversation with unread messages marks them seen
 * (messaging.reply), and the inbox's counts follow without another read.
 */
export function useInbox(patientId: string | null) {
  const me = useMe()
  const cache = useApiCache()
  const canReply = can(me, 'messaging.reply')
  const inbox = useApiQuery(INBOX_PATH, { schema: InboxSchema })
  const conversation = useApiQuery(patientId ? conversationPath(patientId) : null, {
    schema: ConversationSchema,
    isAuditedRead: true,
  })
  const [seenFailure, setSeenFailure] = useState<{ patientId: string; error: unknown } | null>(null)

  const { refetch: refetchInbox } = inbox
  const { refetch: refetchConversation } = conversation
  const poll = useCallback(async () => {
    const before = summaryOf(inbox.data, patientId)
    const { data } = await refetchInbox()
    if (patientId && hasMovedOn(before, summaryOf(data, patientId))) await refetchConversation()
  }, [inbox.data, patientId, refetchInbox, refetchConversation])
  useWhileVisible(poll, INBOX_POLL_MS)

  const refresh = useCallback(() => {
    void refetchInbox()
    if (patientId) void refetchConversation()
  }, [patientId, refetchInbox, refetchConversation])

  const opened = conversation.data
  useEffect(() => {
    if (!opened || opened.unread === 0 || !canReply) return
    const path = conversationPath(opened.patientId)
    setSeenFailure(null)
    api(`${path}/seen`, { method: 'POST' }).then(
      () => {
        cache.set<Conversation>(path, (now) => now && { ...now, unread: 0 })
        cache.set<Inbox>(INBOX_PATH, (now) => now && withConversationSeen(now, opened.patientId))
        // The navigation badge follows at once rather than at the next page or minute.
        void cache.invalidate(UNREAD_PATH)
      },
      (error: unknown) => setSeenFailure({ patientId: opened.patientId, error }),
    )
  }, [opened, canReply, cache])
  const seenError = seenFailure?.patientId === patientId ? seenFailure.error : null

  const refreshInbox = useCallback(() => void refetchInbox(), [refetchInbox])
  return { inbox, conversation, seenError, canReply, refresh, refreshInbox }
}

/** Calls `work` every `ms` while the page is in view (not in a background tab), one at a time. */
export function useWhileVisible(work: () => Promise<void>, ms: number) {
  const latest = useRef(work)
  latest.current = work
  useEffect(() => {
    let isBusy = false
    const timer = setInterval(() => {
      if (isBusy || document.visibilityState !== 'visible') return
      isBusy = true
      latest
        .current()
        .catch(() => {
          // A failed read shows on the screen through its query; the next tick tries again.
        })
        .finally(() => {
          isBusy = false
        })
    }, ms)
    return () => clearInterval(timer)
  }, [ms])
}
