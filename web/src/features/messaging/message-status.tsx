import type { Message } from '../../../../shared/contracts/messaging.ts'
import { useT } from '../../i18n/use-t.ts'

/** WhatsApp's own ticks, read at a glance: ✓ sent, ✓✓ delivered, blue ✓✓ read. */
const TICKS: Partial<Record<Message['status'], string>> = { sent: '✓', delivered: '✓✓', read: '✓✓' }

/** Where a message got to, in words (the ticks are decoration), with why it was not sent. */
export function MessageStatus({ message }: { message: Message }) {
  const t = useT()
  const ticks = TICKS[message.status]
  const status = t(`messages.status.${message.status}`)
  return (
    <span className={`message-status message-status-${message.status}`}>
      {ticks && (
        <span className="message-ticks" aria-hidden="true">
          {ticks}
        </span>
      )}
      {message.skipReason ? `${status}: ${t(`messages.skip.${message.skipReason}`)}` : status}
    </span>
  )
}
