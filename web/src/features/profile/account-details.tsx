import { useT } from '../../i18n/use-t.ts'
import { roleLabelKey } from '../../ui/role-label.ts'
import { useMe } from '../auth/use-session.ts'

/** Who is signed in, where and as what; read-only (the clinic owner changes names and emails). */
export function AccountDetails() {
  const t = useT()
  const me = useMe()
  return (
    <section className="card" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('profile.accountHeading')}</h2>
      <dl className="detail-list detail-list-meta">
        <div>
          <dt>{t('profile.name')}</dt>
          <dd>{me.user.fullName}</dd>
        </div>
        <div>
          <dt>{t('profile.email')}</dt>
          <dd>{me.user.email}</dd>
        </div>
        <div>
          <dt>{t('profile.clinic')}</dt>
          <dd>{me.clinic.name}</dd>
        </div>
        <div>
          <dt>{t('profile.role')}</dt>
          <dd>{t(roleLabelKey(me.role))}</dd>
        </div>
      </dl>
      <p className="muted">{t('profile.accountNote')}</p>
    </section>
  )
}
