import { NavLink } from 'react-router'
import { can } from '../../../shared/contracts/auth.ts'
import { useMe } from '../features/auth/use-session.ts'
import { UnreadBadge } from '../features/messaging/unread-badge.tsx'
import { useT } from '../i18n/use-t.ts'
import { appModules } from './modules.ts'

export function SideNav() {
  const t = useT()
  const me = useMe()
  const visible = appModules.filter((module) => !module.capability || can(me, module.capability))
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {visible.map((module) => (
          <li key={module.path}>
            {/* NavLink sets aria-current="page" on the active item; CSS styles that attribute. */}
            <NavLink to={module.path} end={module.path === '/'}>
              {t(module.labelKey)}
              {module.hasUnreadBadge && <UnreadBadge />}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
