import { useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { AuditFiltersForm } from './audit-filters.tsx'
import { AuditTable } from './audit-table.tsx'
import { ChainCheck } from './chain-check.tsx'
import { type AuditFilters, noFilters, useAuditEvents } from './use-audit-events.ts'

export function AuditPage() {
  const t = useT()
  const me = useMe()
  const [filters, setFilters] = useState<AuditFilters>(noFilters)
  const { state, loadMore } = useAuditEvents(filters)

  return (
    <section className="page page-wide" aria-labelledby="page-heading">
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      {can(me, 'audit.verify') && <ChainCheck />}
      <AuditFiltersForm onApply={setFilters} />
      <section className="card section-gap" aria-labelledby="events-heading">
        <h2 id="events-heading">{t('audit.eventsHeading')}</h2>
        {state.kind === 'failed' && <ErrorAlert>{apiErrorMessage(state.error, t)}</ErrorAlert>}
        {state.events.length > 0 && <AuditTable events={state.events} />}
        <div aria-live="polite">
          {state.kind === 'loading' && <p>{t('app.loading')}</p>}
          {state.kind === 'loaded' && state.events.length === 0 && (
            <p className="muted">{t('audit.none')}</p>
          )}
          {state.kind === 'loaded' && !state.hasMore && state.events.length > 0 && (
            <p className="muted">{t('audit.end')}</p>
          )}
        </div>
        {state.kind === 'loaded' && state.hasMore && (
          <button type="button" className="button-secondary" onClick={() => void loadMore()}>
            {t('audit.loadMore')}
          </button>
        )}
      </section>
    </section>
  )
}
