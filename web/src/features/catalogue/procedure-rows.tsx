import type { Procedure } from '../../../../shared/contracts/catalogue.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ScrollRegion } from '../../ui/scroll-region.tsx'
import { basisPointsToPercent } from './procedure-draft.ts'

export interface ProcedureTableProps {
  headingId: string
  title: string
  items: Procedure[]
  canManage: boolean
  isSending: boolean
  onEdit: (item: Procedure) => void
  onToggleArchived: (item: Procedure) => void
}

/** One category of the price list: code, name, how it is priced, price, SAC, GST, sittings. */
export function ProcedureTable(props: ProcedureTableProps) {
  const t = useT()
  const { items, canManage } = props
  return (
    <section className="card section-gap" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.title}</h2>
      <ScrollRegion label={t('catalogue.tableLabel', { category: props.title })}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('catalogue.column.code')}</th>
              <th scope="col">{t('catalogue.column.name')}</th>
              <th scope="col">{t('catalogue.column.pricing')}</th>
              <th scope="col" className="cell-value">
                {t('catalogue.column.price')}
              </th>
              <th scope="col">{t('catalogue.column.sac')}</th>
              <th scope="col">{t('catalogue.column.gst')}</th>
              <th scope="col" className="cell-value">
                {t('catalogue.column.sittings')}
              </th>
              {canManage && (
                <th scope="col">
                  <span className="visually-hidden">{t('catalogue.column.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className={item.isArchived ? 'row-inactive' : undefined}>
                <td>
                  <code>{item.code}</code>
                </td>
                <th scope="row">
                  <span className="cell-primary">{item.name}</span>
                  {item.isArchived && (
                    <span className="pill pill-muted pill-inline">
                      {t('catalogue.archivedBadge')}
                    </span>
                  )}
                </th>
                <td>{t(`catalogue.pricing.${item.pricingModel}`)}</td>
                <td className="cell-value cell-nowrap">{formatPaise(item.pricePaise)}</td>
                <td>{item.sacCode}</td>
                <td className="cell-nowrap">
                  {item.taxable
                    ? t('catalogue.gstRate', { rate: basisPointsToPercent(item.gstRateBp) })
                    : t('catalogue.exempt')}
                </td>
                <td className="cell-value">{item.defaultSittings}</td>
                {canManage && (
                  <td className="cell-actions">
                    <div className="button-row button-row-tight">
                      <button
                        type="button"
                        className="button-secondary button-small"
                        aria-label={t('catalogue.editLabel', { name: item.name })}
                        disabled={item.isArchived}
                        onClick={() => props.onEdit(item)}
                      >
                        {t('catalogue.edit')}
                      </button>
                      <button
                        type="button"
                        className={
                          item.isArchived
                            ? 'button-secondary button-small'
                            : 'button-danger-quiet button-small'
                        }
                        aria-label={t(
                          item.isArchived ? 'catalogue.restoreLabel' : 'catalogue.archiveLabel',
                          { name: item.name },
                        )}
                        disabled={props.isSending}
                        onClick={() => props.onToggleArchived(item)}
                      >
                        {t(item.isArchived ? 'catalogue.restore' : 'catalogue.archive')}
                      </button>
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}
