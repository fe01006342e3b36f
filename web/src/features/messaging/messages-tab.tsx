import { Link } from 'react-router'
import { z } from 'zod'
import { type Message, MessageSchema } from '../../../../shared/contracts/messaging.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ScrollRegion } from '../../ui/scroll-region.tsx'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { inboxLink } from './inbox-state.ts'
import { MessageStatus } from './message-status.tsx'
import './messaging.css'

const MessageListSchema = z.array(MessageSchema)

/**
 * The patient's messages, newest first (messaging.read: owners, admins, the front desk): what
 * was planned, sent, delivered, read or skipped, and the text as sent. An audited read, asked
 * for once on opening and again only on Refresh. Times on the clinic's clock.
 */
export function MessagesTab({ patientId }: { patientId: string }) {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const read = useApiQuery(`/patients/${patientId}/messages`, {
    schema: MessageListSchema,
    isAuditedRead: true,
  })
  const messages = read.data
  const when = (instant: string | null) => (instant ? formatDateTime(instant, zone) : '—')

  return (
    <section className="card section-gap" aria-labelledby="messages-heading">
      <div className="page-heading-row">
        <h2 id="messages-heading">{t('messages.heading')}</h2>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void read.refetch()}
          disabled={read.isFetching}
        >
          {t('messages.refresh')}
        </button>
      </div>
      <p className="muted">{t('messages.intro')}</p>
      <p>
        <Link to={inboxLink(patientId)}>{t('messages.openConversation')}</Link>
      </p>
      {read.error != null && <ErrorAlert>{errorText(read.error, t)}</ErrorAlert>}
      {messages === undefined && read.error == null && <p role="status">{t('app.loading')}</p>}
      {messages?.length === 0 && <p className="muted">{t('messages.empty')}</p>}
      {messages && messages.length > 0 && (
        <ScrollRegion label={t('messages.heading')}>
          <table className="data-table message-log">
            <caption className="visually-hidden">{t('messages.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('messages.kind')}</th>
                <th scope="col">{t('messages.status')}</th>
                <th scope="col">{t('messages.due')}</th>
                <th scope="col">{t('messages.sentAt')}</th>
                <th scope="col">{t('messages.text')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <MessageRow key={message.id} message={message} when={when} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  )
}

function MessageRow({
  message,
  when,
}: {
  message: Message
  when: (instant: string | null) => string
}) {
  const t = useT()
  return (
    <tr>
      <th scope="row">
        {t(`messages.kind.${message.kind}`)}
        <span className="muted message-channel">{t(`messages.channel.${message.channel}`)}</span>
      </th>
      <td>
        <MessageStatus message={message} />
      </td>
      <td>{when(message.dueAt)}</td>
      <td>{when(message.sentAt)}</td>
      <td className="message-text">
        {message.text ?? <span className="muted">{t('messages.noText')}</span>}
      </td>
    </tr>
  )
}
