import { NavLink } from 'react-router'
import { useT } from '../i18n/use-t.ts'
import { appModules } from './modules.ts'

export function SideNav() {
  const t = useT()
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {appModules.map((module) => (
          <li key={module.path}>
            {/* NavLink sets aria-current="page" on the active item; CSS styles that attribute. */}
            <NavLink to={module.path} end={module.path === '/'}>
              {t(module.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
