import { Link } from 'react-router'
import type { MessageKey } from '../i18n/messages.ts'
import { useT } from '../i18n/use-t.ts'
import { PageTitle } from './page-title.tsx'

// One honest page for every module that is not built yet: it says so plainly instead of showing
// fake screens or sample data that staff could mistake for real records.
export function ComingSoonPage({ labelKey }: { labelKey: MessageKey }) {
  const t = useT()
  const moduleName = t(labelKey)
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageTitle title={moduleName} />
      <h1 id="page-heading">{moduleName}</h1>
      <p className="badge">{t('comingSoon.badge')}</p>
      <p>{t('comingSoon.body', { module: moduleName })}</p>
      <p>
        <Link to="/">{t('comingSoon.back')}</Link>
      </p>
    </section>
  )
}
