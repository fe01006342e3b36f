import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { useMe, useSession } from '../features/auth/use-session.ts'
import { useT } from '../i18n/use-t.ts'
import { LanguageSelect } from './language-select.tsx'
import { roleLabelKey } from './role-label.ts'

export function AppHeader() {
  const t = useT()
  const me = useMe()
  const { signOut } = useSession()
  const navigate = useNavigate()
  const [isSigningOut, setSigningOut] = useState(false)
  const [hasFailed, setFailed] = useState(false)

  const onSignOut = async () => {
    setSigningOut(true)
    setFailed(false)
    try {
      await signOut()
      navigate('/login', { replace: true })
    } catch {
      setFailed(true)
      setSigningOut(false)
    }
  }

  return (
    <header className="app-header">
      <div className="header-start">
        <Link to="/" className="brand">
          <span className="brand-name" lang="en">
            Niramaya
          </span>
        </Link>
        <span className="header-clinic">{me.clinic.name}</span>
      </div>
      <div className="header-end">
        <Link to="/profile" className="header-person">
          <span className="visually-hidden">{t('header.profile')}: </span>
          <span className="header-person-name">{me.user.fullName}</span>
          <span className="header-person-role">{t(roleLabelKey(me.role))}</span>
        </Link>
        <LanguageSelect />
        <button
          type="button"
          className="button-secondary"
          onClick={onSignOut}
          disabled={isSigningOut}
        >
          {t('header.signOut')}
        </button>
        {hasFailed && (
          <p role="alert" className="header-error">
            {t('error.network')}
          </p>
        )}
      </div>
    </header>
  )
}
