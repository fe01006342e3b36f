import type { AuditEvent } from '../../../../shared/contracts/audit.ts'
import { useT } from '../../i18n/use-t.ts'

type Row = Record<string, unknown>

function asRow(value: unknown): Row | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Row)
    : null
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** Field by field: what a record held before and after the change, changed fields marked. */
export function AuditChange({ event }: { event: AuditEvent }) {
  const t = useT()
  const before = asRow(event.before)
  const after = asRow(event.after)
  const details = asRow(event.details)
  if (!before && !after && !details) return <p className="muted">{t('audit.noChange')}</p>
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort()

  return (
    <>
      {fields.length > 0 && (
        <table className="data-table change-table">
          <caption>{t('audit.changeCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              {before && <th scope="col">{t('audit.before')}</th>}
              {after && <th scope="col">{t('audit.after')}</th>}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const isChanged = before && after && show(before[field]) !== show(after[field])
              return (
                <tr key={field} className={isChanged ? 'row-changed' : undefined}>
                  <th scope="row">
                    <code>{field}</code>
                    {isChanged && <span className="visually-hidden"> ({t('audit.changed')})</span>}
                  </th>
                  {before && <td className="cell-value">{show(before[field])}</td>}
                  {after && <td className="cell-value">{show(after[field])}</td>}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      {details && (
        <dl className="detail-list">
          {Object.entries(details).map(([key, value]) => (
            <div key={key}>
              <dt>
                <code>{key}</code>
              </dt>
              <dd className="cell-value">{show(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  )
}
