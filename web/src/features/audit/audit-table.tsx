import { Fragment, useState } from 'react'
import type { AuditEvent } from '../../../../shared/contracts/audit.ts'
import { formatDateTime } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { roleLabelKey } from '../../ui/role-label.ts'
import { actionLabelKey } from './action-label.ts'
import { AuditEventDetails } from './audit-event-details.tsx'

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const t = useT()
  const [openIds, setOpenIds] = useState<ReadonlySet<number>>(new Set())

  const toggle = (id: number) =>
    setOpenIds((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.record')}</th>
            <th scope="col" className="column-ip">
              {t('audit.where')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('audit.details')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const isOpen = openIds.has(event.id)
            const labelKey = actionLabelKey(event.action)
            const detailsId = `audit-event-${event.id}`
            return (
              <Fragment key={event.id}>
                <tr className={isOpen ? 'row-open' : undefined}>
                  <td className="cell-nowrap">{formatDateTime(event.occurredAt)}</td>
                  <td>
                    <span className="cell-primary">{event.actor.name ?? t('audit.system')}</span>
                    {event.actor.role && (
                      <span className="cell-secondary">{t(roleLabelKey(event.actor.role))}</span>
                    )}
                  </td>
                  <td>
                    <span className="cell-primary">{labelKey ? t(labelKey) : event.action}</span>
                    <code className="cell-secondary">{event.action}</code>
                  </td>
                  <td>
                    {event.tableName ? (
                      <>
                        <code className="cell-primary">{event.tableName}</code>
                        <code className="cell-secondary" title={event.rowId ?? undefined}>
                          {event.rowId ? `${event.rowId.slice(0, 8)}…` : ''}
                        </code>
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="cell-nowrap column-ip">{event.ip ?? '—'}</td>
                  <td className="cell-actions">
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailsId : undefined}
                      onClick={() => toggle(event.id)}
                    >
                      {isOpen ? t('audit.hideDetails') : t('audit.showDetails')}
                    </button>
                  </td>
                </tr>
                {isOpen && (
                  <tr className="row-details">
                    <td colSpan={6} id={detailsId}>
                      <AuditEventDetails event={event} />
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
