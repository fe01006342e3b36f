import type { AuditEvent } from '../../../../shared/contracts/audit.ts'
import { useT } from '../../i18n/use-t.ts'
import { AuditChange } from './audit-change.tsx'

/** Everything recorded about one event: the change itself and where the request came from. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  const t = useT()
  return (
    <div className="audit-details">
      <AuditChange event={event} />
      <dl className="detail-list detail-list-meta">
        {event.rowId && (
          <div>
            <dt>{t('audit.rowId')}</dt>
            <dd>
              <code>{event.rowId}</code>
            </dd>
          </div>
        )}
        {event.patientId && (
          <div>
            <dt>{t('audit.patientId')}</dt>
            <dd>
              <code>{event.patientId}</code>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('audit.where')}</dt>
          <dd>{event.ip ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('audit.device')}</dt>
          <dd>{event.userAgent ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('audit.requestId')}</dt>
          <dd>
            <code>{event.requestId ?? '—'}</code>
          </dd>
        </div>
        <div>
          <dt>{t('audit.seal')}</dt>
          <dd>{event.isSealed ? t('audit.sealed') : t('audit.notSealed')}</dd>
        </div>
      </dl>
    </div>
  )
}
