import { can } from '../../../../shared/contracts/auth.ts'
import { StaffMemberSchema } from '../../../../shared/contracts/staff.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'

/**
 * The signed-in person's qualification, council and registration number, as their
 * prescriptions and certificates print them (Telemedicine Practice Guidelines 2020, Appendix 5).
 * Read-only: the owner sets them on the Staff page, because they are the clinic's claim about
 * who may prescribe there. Shown to doctors and owners (who often practise); other roles do not
 * prescribe, so their profile does not even ask.
 */
export function PrescriberDetails() {
  const t = useT()
  const me = useMe()
  // While two-factor set-up is pending the API answers nothing else (403); the card waits.
  const isShown = (me.role === 'doctor' || me.role === 'owner') && !me.mustEnrolTwoFactor
  const mine = useApiQuery(isShown ? '/staff/me' : null, { schema: StaffMemberSchema })
  const member = mine.data
  if (!isShown) return null
  const notSet = <span className="muted">{t('staff.notSet')}</span>
  return (
    <section className="card" aria-labelledby="prescriber-heading">
      <h2 id="prescriber-heading">{t('staff.myPrescriberHeading')}</h2>
      <p className="muted">{t('staff.myPrescriberIntro')}</p>
      {mine.error !== null && <ErrorAlert>{apiErrorMessage(mine.error, t)}</ErrorAlert>}
      {member && (
        <dl className="detail-list detail-list-meta">
          <div>
            <dt>{t('staff.qualification')}</dt>
            <dd>{member.qualification ?? notSet}</dd>
          </div>
          <div>
            <dt>{t('staff.registrationCouncil')}</dt>
            <dd>{member.registrationCouncil ?? notSet}</dd>
          </div>
          <div>
            <dt>{t('staff.registrationNumber')}</dt>
            <dd>{member.registrationNumber ?? notSet}</dd>
          </div>
        </dl>
      )}
      {member && member.role === 'doctor' && !member.registrationNumber && (
        <p className="alert alert-warning">{t('staff.myRegistrationMissing')}</p>
      )}
      <p className="muted">
        {can(me, 'staff.manage') ? t('staff.myPrescriberOwnerNote') : t('staff.myPrescriberNote')}
      </p>
    </section>
  )
}
