import { Link } from 'react-router'
import { useT } from '../i18n/use-t.ts'
import { PageTitle } from './page-title.tsx'

/** What a role sees on a page it may not use (the server refuses the data with 403 as well). */
export function NotAvailable({ title, role }: { title: string; role: string }) {
  const t = useT()
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageTitle title={title} />
      <h1 id="page-heading">{title}</h1>
      <p className="alert alert-info">{t('notAvailable.body', { role })}</p>
      <p>
        <Link to="/">{t('comingSoon.back')}</Link>
      </p>
    </section>
  )
}
