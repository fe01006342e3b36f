import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
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
 * navigation item (messaging.read), read again on each navigation and every minute while the page
 * is in view. Nothing is shown at none, or when the count cannot be read.
 */
export function UnreadBadge() {
  const t = useT()
  const canRead = can(useMe(), 'messaging.read')
  const { pathname } = useLocation()
  const unread = useApiQuery(UNREAD_PATH, { schema: UnreadSchema, enabled: canRead })
  const { refetch } = unread

  // The first read happens on mounting; after that, each move to another page reads again.
  const isFirst = useRef(true)
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again whenever the page changes.
  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false
      return
    }
    if (canRead) void refetch()
  }, [pathname, canRead, refetch])
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
