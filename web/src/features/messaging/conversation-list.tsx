import { Link } from 'react-router'
import type { ConversationSummary } from '../../../../shared/contracts/messaging.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { inboxLink } from './inbox-state.ts'

/**
 * The patients who wrote, the latest conversation first: name, who wrote last and when (the
 * clinic's clock), how many of the patient's messages nobody has opened, and STOP when the
 * patient's last word was STOP (WhatsApp consent withdrawn). Names only: texts are in the
 * conversation, whose opening is audited.
 */
export function ConversationList({
  conversations,
  openId,
}: {
  conversations: readonly ConversationSummary[]
  openId: string | null
}) {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  return (
    <ul className="inbox-conversations">
      {conversations.map((each) => (
        <li key={each.patientId}>
          <Link
            to={inboxLink(each.patientId)}
            className="inbox-item"
            aria-current={each.patientId === openId ? 'true' : undefined}
          >
            <span className="inbox-item-top">
              <span className="inbox-name">{each.patientName}</span>
              {each.optedOut && (
                <span className="inbox-stop">
                  STOP<span className="visually-hidden">: {t('inbox.stopMarker')}</span>
                </span>
              )}
              {each.unread > 0 && (
                <span className="inbox-unread">
                  <span aria-hidden="true">{each.unread}</span>
                  <span className="visually-hidden">
                    {t(each.unread === 1 ? 'inbox.unreadOne' : 'inbox.unread', {
                      count: String(each.unread),
                    })}
                  </span>
                </span>
              )}
            </span>
            <span className="inbox-when">
              {t(`inbox.last.${each.lastDirection}`)}
              {' · '}
              <time dateTime={each.lastMessageAt}>{formatDateTime(each.lastMessageAt, zone)}</time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
