import { Link } from 'react-router'
import { useT } from '../i18n/use-t.ts'
import { LanguageSelect } from './language-select.tsx'

export function AppHeader() {
  const t = useT()
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <span className="brand-name" lang="en">
          Niramaya
        </span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </Link>
      <LanguageSelect />
    </header>
  )
}
