import { Link } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { PageTitle } from '../../ui/page-title.tsx'
import { useMe } from '../auth/use-session.ts'
import { PatientList } from './patient-list.tsx'
import { PatientSearch } from './patient-search.tsx'

export function PatientsPage() {
  const t = useT()
  const me = useMe()
  const canRegister = can(me, 'patient.write')
  const registerLink = canRegister && (
    <Link to="/patients/new" className="button-link-primary">
      {t('patients.register')}
    </Link>
  )
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageTitle title={t('patients.title')} />
      <div className="page-heading-row">
        <h1 id="page-heading">{t('patients.title')}</h1>
        {registerLink}
      </div>
      <div className="card search-card">
        <PatientSearch
          emptyHelp={
            <div className="empty-state">
              <p className="empty-state-title">{t('patients.emptyTitle')}</p>
              <ul className="empty-state-tips">
                <li>{t('patients.tipName')}</li>
                <li>{t('patients.tipPhone')}</li>
                <li>{t('patients.tipPartialPhone')}</li>
                <li>{t('patients.tipGuardian')}</li>
                <li>{t('patients.tipNumber')}</li>
              </ul>
              <p className="muted">{t('patients.tipKeyboard')}</p>
            </div>
          }
          noMatchHelp={
            <div className="empty-state">
              <p className="muted">{t('patients.noMatchHelp')}</p>
              {canRegister && (
                <p>
                  <Link to="/patients/new">{t('patients.registerNew')}</Link>
                </p>
              )}
            </div>
          }
        />
      </div>
      <PatientList />
    </section>
  )
}
