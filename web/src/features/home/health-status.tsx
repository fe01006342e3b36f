import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import type { HealthResponse } from './health-response.ts'
import { useHealthStatus } from './use-health-status.ts'

export function HealthStatus() {
  const t = useT()
  const { state, refresh } = useHealthStatus()
  return (
    <section className="card" aria-labelledby="health-heading">
      <h2 id="health-heading">{t('health.heading')}</h2>
      {/* aria-live announces the result once the check finishes or is repeated. */}
      <div aria-live="polite">
        {state.kind === 'loading' && <p>{t('health.loading')}</p>}
        {state.kind === 'unreachable' && <p className="status-bad">{t('health.unreachable')}</p>}
        {state.kind === 'loaded' && <HealthDetails health={state.health} />}
      </div>
      <button type="button" onClick={refresh} disabled={state.kind === 'loading'}>
        {t('health.retry')}
      </button>
    </section>
  )
}

function HealthDetails({ health }: { health: HealthResponse }) {
  const t = useT()
  const isOk = health.status === 'ok'
  const isDatabaseUp = health.database === 'up'
  return (
    <dl className="health-list">
      <dt>{t('health.server')}</dt>
      <dd className={isOk ? 'status-good' : 'status-bad'}>
        {isOk ? t('health.ok') : t('health.degraded')}
      </dd>
      <dt>{t('health.database')}</dt>
      <dd className={isDatabaseUp ? 'status-good' : 'status-bad'}>
        {isDatabaseUp ? t('health.databaseUp') : t('health.databaseDown')}
      </dd>
      <dt>{t('health.version')}</dt>
      <dd>{health.version}</dd>
      <dt>{t('health.checkedAt')}</dt>
      <dd>{formatCheckedAt(health.time)}</dd>
    </dl>
  )
}

function formatCheckedAt(time: string): string {
  try {
    return formatDateTime(time)
  } catch {
    return time
  }
}
