import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { ApiError, api } from '../../lib/api.ts'
import type { InvitationSummary, Me } from '../../lib/api-types.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { AuthCard } from '../../ui/auth-card.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { AcceptInvitationForm } from './accept-invitation-form.tsx'
import { clearFragment, readFragmentToken } from './fragment-token.ts'
import { useSession } from './use-session.ts'

type Lookup =
  | { kind: 'loading' }
  | { kind: 'ready'; invitation: InvitationSummary }
  | { kind: 'gone' }
  | { kind: 'failed'; message: string }

export function AcceptInvitationPage() {
  const t = useT()
  const { signedIn } = useSession()
  const navigate = useNavigate()
  const [token] = useState(readFragmentToken)
  const [lookup, setLookup] = useState<Lookup>({ kind: 'loading' })

  useEffect(clearFragment, [])

  useEffect(() => {
    if (!token) return
    const controller = new AbortController()
    api<InvitationSummary>('/auth/invitations/lookup', {
      method: 'POST',
      body: { token },
      signal: controller.signal,
      isSignInAttempt: true,
    })
      .then((invitation) => setLookup({ kind: 'ready', invitation }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        if (error instanceof ApiError && error.status === 410) setLookup({ kind: 'gone' })
        else setLookup({ kind: 'failed', message: apiErrorMessage(error, t) })
      })
    return () => controller.abort()
  }, [token, t])

  const onAccepted = (me: Me) => {
    signedIn(me)
    navigate('/', { replace: true })
  }

  const title =
    lookup.kind === 'ready'
      ? t('invite.title', { clinic: lookup.invitation.clinicName })
      : t('invite.genericTitle')
  return (
    <AuthCard title={title}>
      {!token && <p className="alert alert-info">{t('invite.noToken')}</p>}
      {token && lookup.kind === 'loading' && <p role="status">{t('invite.loading')}</p>}
      {lookup.kind === 'gone' && <ErrorAlert>{t('invite.gone')}</ErrorAlert>}
      {lookup.kind === 'failed' && <ErrorAlert>{lookup.message}</ErrorAlert>}
      {token && lookup.kind === 'ready' && (
        <AcceptInvitationForm
          token={token}
          invitation={lookup.invitation}
          onAccepted={onAccepted}
        />
      )}
    </AuthCard>
  )
}
