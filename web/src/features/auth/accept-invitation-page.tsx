import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import {
  type InvitationSummary,
  InvitationSummarySchema,
  type Me,
} from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { ApiError } from '../../lib/api.ts'
import { useApiQuery } from '../../lib/query.ts'
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

  useEffect(clearFragment, [])

  // A POST so the token stays out of URLs; asked once (it is not a list that goes stale).
  const read = useApiQuery(token ? '/auth/invitations/lookup' : null, {
    schema: InvitationSummarySchema,
    method: 'POST',
    body: { token },
    isSignInAttempt: true,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const lookup: Lookup = read.isError
    ? read.error instanceof ApiError && read.error.status === 410
      ? { kind: 'gone' }
      : { kind: 'failed', message: apiErrorMessage(read.error, t) }
    : read.data
      ? { kind: 'ready', invitation: read.data }
      : { kind: 'loading' }

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
