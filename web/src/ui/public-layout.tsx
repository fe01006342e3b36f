import { Link, Outlet } from 'react-router'
import { useT } from '../i18n/use-t.ts'
import { LanguageSelect } from './language-select.tsx'

/** The frame for pages used before signing in: brand, language and the page itself. */
export function PublicLayout() {
  const t = useT()
  return (
    <div className="app-shell public-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/login" className="brand">
          <span className="brand-name" lang="en">
            Niramaya
          </span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <LanguageSelect />
      </header>
      <main id="main" className="public-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
