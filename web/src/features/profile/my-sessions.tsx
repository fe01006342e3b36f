import { useState } from 'react'
import { useNavigate } from 'react-router'
import { z } from 'zod'
import { MySessionSchema } from '../../../../shared/contracts/auth.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useSession } from '../auth/use-session.ts'
import { describeUserAgent } from './describe-user-agent.ts'

const SessionListSchema = z.array(MySessionSchema)

export function MySessions() {
  const t = useT()
  const { signOut } = useSession()
  const navigate = useNavigate()
  const read = useApiQuery('/me/sessions', { schema: SessionListSchema })
  const sessions = read.data ?? null
  const error = read.isError ? apiErrorMessage(read.error, t) : null
  const [isConfirming, setConfirming] = useState(false)

  return (
    <section className="card section-gap" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('profile.sessionsHeading')}</h2>
      <p className="muted">{t('profile.sessionsIntro')}</p>
      <ErrorAlert>{error}</ErrorAlert>
      {sessions === null && !error && <p role="status">{t('app.loading')}</p>}
      {sessions && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('profile.sessionDevice')}</th>
                <th scope="col">{t('profile.sessionStarted')}</th>
                <th scope="col">{t('profile.sessionLastSeen')}</th>
                <th scope="col">{t('profile.sessionEnds')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row">
                    {describeUserAgent(session.userAgent) ?? t('profile.unknownDevice')}
                    {session.isCurrent && (
                      <span className="pill pill-good pill-inline">{t('profile.thisBrowser')}</span>
                    )}
                  </th>
                  <td>{formatDateTime(session.createdAt)}</td>
                  <td>{formatDateTime(session.lastSeenAt)}</td>
                  <td>{formatDateTime(session.expiresAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
          {t('profile.signOutEverywhere')}
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('profile.signOutEverywhereHeading')}
        body={t('profile.signOutEverywhereBody')}
        confirmLabel={t('profile.signOutEverywhere')}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await signOut(true)
          navigate('/login', { replace: true })
        }}
      />
    </section>
  )
}
