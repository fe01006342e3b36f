import { Outlet } from 'react-router'
import { useT } from '../i18n/use-t.ts'
import { AppHeader } from './app-header.tsx'
import { SideNav } from './side-nav.tsx'

/** The signed-in frame: header with clinic and person, navigation, and the page. */
export function AppLayout() {
  const t = useT()
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <div className="app-body">
        <SideNav />
        {/* tabIndex -1 lets the skip link move keyboard focus into main, not just scroll. */}
        <main id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  )
}
