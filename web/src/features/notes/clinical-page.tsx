import { Link } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { PageHeader } from '../../ui/page-header.tsx'
import { useMe } from '../auth/use-session.ts'
import { MyDrafts } from './my-drafts.tsx'
import { TemplatesSection } from './templates-section.tsx'
import './notes.css'

/**
 * /clinical: the signed-in clinician's unsigned notes across patients (a draft is not part of
 * the record until signed, so none should be forgotten), and for owners and admins the clinic's
 * note templates.
 */
export function ClinicalPage() {
  const t = useT()
  const me = useMe()
  return (
    <section className="page page-wide" aria-labelledby="page-heading">
      <PageHeader title={t('notes.clinicalTitle')} intro={t('notes.clinicalIntro')} />
      {can(me, 'clinical.read') && (
        <p className="clinical-links">
          <Link to="/clinical/not-booked">{t('plans.notBookedLink')}</Link>{' '}
          <span className="muted">{t('plans.notBookedLinkHint')}</span>
        </p>
      )}
      <MyDrafts />
      {can(me, 'clinical.templates') && <TemplatesSection />}
    </section>
  )
}
