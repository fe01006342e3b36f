import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { Conversation, ConversationSummary } from '../../../../shared/contracts/messaging.ts'
import { useT } from '../../i18n/use-t.ts'
import { errorText } from '../../lib/error-text.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { ChatBubble } from './chat-bubble.tsx'
import { ReplyForm } from './reply-form.tsx'

export interface ConversationPaneProps {
  /** Undefined while it is read. */
  conversation: Conversation | undefined
  error: unknown
  /** The patient's line in the inbox, for the STOP note (absent if they never wrote). */
  summary: ConversationSummary | undefined
  canReply: boolean
  onReplied: () => void
}

/** The open conversation, oldest first as a chat reads, and the reply box under it. */
export function ConversationPane({
  conversation,
  error,
  summary,
  canReply,
  onReplied,
}: ConversationPaneProps) {
  const t = useT()
  const name = conversation?.patientName ?? summary?.patientName
  return (
    <section className="card inbox-conversation" aria-labelledby="conversation-heading">
      <Link className="inbox-back" to="/messaging">
        {t('inbox.back')}
      </Link>
      <div className="page-heading-row">
        <h2 id="conversation-heading">{name ?? t('inbox.conversationHeading')}</h2>
        {conversation && (
          <Link to={`/patients/${conversation.patientId}`}>{t('inbox.openPatient')}</Link>
        )}
      </div>
      {error != null && <ErrorAlert>{errorText(error, t)}</ErrorAlert>}
      {conversation === undefined && error == null && (
        <p role="status">{t('inbox.conversationLoading')}</p>
      )}
      {conversation && (
        <>
          {summary?.optedOut && <p className="alert alert-warning">{t('inbox.optedOut')}</p>}
          <ChatLog conversation={conversation} />
          {canReply && <ReplyForm conversation={conversation} onReplied={onReplied} />}
        </>
      )}
    </section>
  )
}

/** The messages in a box of their own that opens at the newest, as a phone's chat does. */
function ChatLog({ conversation }: { conversation: Conversation }) {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const box = useRef<HTMLElement>(null)
  const { messages } = conversation
  useEffect(() => {
    if (box.current && messages.length > 0) box.current.scrollTop = box.current.scrollHeight
  }, [messages])
  if (messages.length === 0) return <p className="muted">{t('inbox.noMessages')}</p>
  const label = t('inbox.conversationWith', { name: conversation.patientName })
  return (
    <section
      ref={box}
      className="chat-scroll"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus, or keyboard users cannot scroll it (WCAG 2.2 SC 2.1.1).
      tabIndex={0}
    >
      <ol className="chat">
        {messages.map((message) => (
          <ChatBubble key={message.id} message={message} zone={zone} />
        ))}
      </ol>
    </section>
  )
}
