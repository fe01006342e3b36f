import type { Message } from '../../../../shared/contracts/messaging.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { MessageStatus } from './message-status.tsx'

/** Kinds said by their text alone; the rest (a reminder, a STOP) are labelled above it. */
const PLAIN_KINDS: ReadonlySet<Message['kind']> = new Set(['inbound', 'reply'])

/**
 * One message as a chat bubble: the patient's on the left, the clinic's on the right with
 * WhatsApp's ticks and where it got to. The time is when it was sent or received (a reply still
 * waiting shows when it was queued), on the clinic's clock.
 */
export function ChatBubble({ message, zone }: { message: Message; zone: string }) {
  const t = useT()
  const isPatient = message.direction === 'in'
  const at = message.sentAt ?? message.dueAt
  return (
    <li className={isPatient ? 'chat-bubble chat-bubble-in' : 'chat-bubble chat-bubble-out'}>
      <span className="visually-hidden">
        {t(isPatient ? 'inbox.fromPatient' : 'inbox.fromClinic')}:{' '}
      </span>
      {!PLAIN_KINDS.has(message.kind) && (
        <span className="chat-kind">{t(`messages.kind.${message.kind}`)}</span>
      )}
      <span className="chat-text">
        {message.text ?? <span className="muted">{t('messages.noText')}</span>}
      </span>
      <span className="chat-meta">
        <time dateTime={at}>{formatDateTime(at, zone)}</time>
        {!isPatient && <MessageStatus message={message} />}
      </span>
    </li>
  )
}
