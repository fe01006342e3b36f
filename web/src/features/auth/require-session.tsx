import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { PageTitle } from '../../ui/page-title.tsx'
import { useSession } from './use-session.ts'

export interface LoginRedirectState {
  /** Where the person was going; the sign-in page returns there. */
  from?: string
  hasExpired?: boolean
}

/**
 * Signed-in pages only: others go to /login, remembering where they were going. When the clinic
 * requires two-factor and the person has not set it up, only the profile page is open to them
 * (the server refuses everything else with 403 until they do).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state, refresh } = useSession()
  const location = useLocation()
  const t = useT()

  if (state.kind === 'loading') {
    return (
      <p className="app-loading" role="status">
        {t('app.loading')}
      </p>
    )
  }
  if (state.kind === 'unreachable') {
    return (
      <main id="main" className="public-main">
        <PageTitle title={t('app.unreachableHeading')} />
        <section className="auth-card" aria-labelledby="page-heading">
          <h1 id="page-heading">{t('app.unreachableHeading')}</h1>
          <p role="alert">{t('error.network')}</p>
          <button type="button" onClick={() => void refresh()}>
            {t('app.retry')}
          </button>
        </section>
      </main>
    )
  }
  if (state.kind === 'signed-out') {
    // After signing out on purpose, the next person at this computer starts from the dashboard.
    const redirect: LoginRedirectState =
      state.reason === 'signed-out'
        ? {}
        : { from: `${location.pathname}${location.search}`, hasExpired: state.reason === 'expired' }
    return <Navigate to="/login" replace state={redirect} />
  }
  if (state.me.mustEnrolTwoFactor && location.pathname !== '/profile') {
    return <Navigate to="/profile" replace />
  }
  return children
}
