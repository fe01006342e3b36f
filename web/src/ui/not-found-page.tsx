import { Link } from 'react-router'
import { useT } from '../i18n/use-t.ts'
import { PageTitle } from './page-title.tsx'

export function NotFoundPage() {
  const t = useT()
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageTitle title={t('notFound.heading')} />
      <h1 id="page-heading">{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('comingSoon.back')}</Link>
      </p>
    </section>
  )
}
