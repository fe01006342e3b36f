import { useT } from '../../i18n/use-t.ts'
import { PageHeader } from '../../ui/page-header.tsx'
import { useMe } from '../auth/use-session.ts'
import { AccountDetails } from './account-details.tsx'
import { ChangePasswordForm } from './change-password-form.tsx'
import { MySessions } from './my-sessions.tsx'
import { PrescriberDetails } from './prescriber-details.tsx'
import { TwoFactorSection } from './two-factor-section.tsx'

export function ProfilePage() {
  const t = useT()
  const me = useMe()
  // Set-up comes first while it is required. Keyed, so the section keeps its state (and its
  // "now on" message) when it moves back after set-up.
  const cards = [
    <AccountDetails key="account" />,
    <PrescriberDetails key="prescriber" />,
    <TwoFactorSection key="two-factor" />,
  ]
  if (me.mustEnrolTwoFactor) cards.reverse()
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader title={t('profile.title')} />
      {me.mustEnrolTwoFactor && (
        <p className="alert alert-warning" role="alert">
          {t('profile.twoFactorRequired')}
        </p>
      )}
      <div className="card-grid card-grid-profile">
        {cards}
        {!me.mustEnrolTwoFactor && <ChangePasswordForm />}
      </div>
      {!me.mustEnrolTwoFactor && <MySessions />}
    </section>
  )
}
