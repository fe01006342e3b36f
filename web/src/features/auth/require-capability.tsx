import type { ReactNode } from 'react'
import type { Capability } from '../../../../shared/access/capabilities.ts'
import { can } from '../../../../shared/contracts/auth.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { NotAvailable } from '../../ui/not-available.tsx'
import { roleLabelKey } from '../../ui/role-label.ts'
import { useMe } from './use-session.ts'

/** Renders the page only for roles with the capability; others read why it is not there. */
export function RequireCapability({
  capability,
  titleKey,
  children,
}: {
  capability: Capability
  titleKey: MessageKey
  children: ReactNode
}) {
  const me = useMe()
  const t = useT()
  if (!can(me, capability)) {
    return <NotAvailable title={t(titleKey)} role={t(roleLabelKey(me.role))} />
  }
  return children
}
