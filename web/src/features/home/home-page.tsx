import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { PageTitle } from '../../ui/page-title.tsx'
import { HealthStatus } from './health-status.tsx'

export function HomePage() {
  const t = useT()
  // Clinics work in Indian Standard Time whatever zone the browser's machine is set to.
  const today = formatDate(new Date())
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageTitle title={t('nav.dashboard')} />
      <h1 id="page-heading">{t('home.heading')}</h1>
      <p className="lead">{t('home.today', { date: today })}</p>
      <p>{t('home.intro')}</p>
      <div className="card-grid">
        <HealthStatus />
        <section className="card" aria-labelledby="developers-heading">
          <h2 id="developers-heading">{t('home.developersHeading')}</h2>
          <p>
            {/* A plain link: /api/docs is served by the API server, not by the SPA router. */}
            <a href="/api/docs">{t('home.apiDocs')}</a>
          </p>
          <p className="muted">{t('home.apiDocsHint')}</p>
        </section>
      </div>
    </section>
  )
}
