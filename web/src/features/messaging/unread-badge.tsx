import { can } from '../../../../shared/contracts/auth.ts'
import { UnreadSchema } from '../../../../shared/contracts/messaging.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { useMe } from '../auth/use-session.ts'
import { UNREAD_PATH } from './inbox-state.ts'
import { useWhileVisible } from './use-inbox.ts'
import './messaging.css'

/** How often the count is read again while the page is in view (a number only, not audited). */
export const UNREAD_POLL_MS = 60_000

/**
 * The number of patients' WhatsApp messages the front desk has not opened, on the Messaging
 * navigation item (messaging.read), read on opening, every minute while the page is in view and
 * when the inbox marks a conversation seen. Not read while two-factor set-up is still owed (the
 * API refuses everything else then). Nothing is shown at none, or when the count cannot be read.
 */
export function UnreadBadge() {
  const t = useT()
  const me = useMe()
  const canRead = can(me, 'messaging.read') && !me.mustEnrolTwoFactor
  const unread = useApiQuery(UNREAD_PATH, { schema: UnreadSchema, enabled: canRead })
  const { refetch } = unread
  useWhileVisible(async () => {
    if (canRead) await refetch()
  }, UNREAD_POLL_MS)

  const count = unread.data?.unread ?? 0
  if (!canRead || count === 0) return null
  // One positioned box: the hidden words stay inside the navigation, which scrolls sideways on a
  // phone, instead of widening the page.
  return (
    <span className="nav-unread">
      <span className="nav-badge" aria-hidden="true">
        {count > 99 ? '99+' : count}
      </span>
      <span className="visually-hidden"> {t('nav.messagingUnread', { count: String(count) })}</span>
    </span>
  )
}
