import type { Invoice } from '../../../../shared/contracts/billing.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'

/** The patient's invoices: number (or "Draft"), date, kind, total and status; newest first. */
export function InvoiceList({
  invoices,
  openId,
  onOpen,
}: {
  invoices: readonly Invoice[]
  openId: string | null
  onOpen: (invoice: Invoice) => void
}) {
  const t = useT()
  return (
    <div className="table-scroll">
      <table className="data-table invoice-list">
        <caption className="visually-hidden">{t('billing.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('billing.col.number')}</th>
            <th scope="col">{t('billing.col.date')}</th>
            <th scope="col">{t('billing.col.kind')}</th>
            <th scope="col" className="numeric">
              {t('billing.col.total')}
            </th>
            <th scope="col">{t('billing.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => {
            const date = formatDate(invoice.issuedAt ?? invoice.createdAt)
            const label = invoice.number
              ? t('billing.openInvoice', { number: invoice.number })
              : t('billing.openDraft', { date })
            return (
              <tr key={invoice.id} data-invoice={invoice.number ?? 'draft'}>
                <th scope="row">
                  <button
                    type="button"
                    className="button-link"
                    aria-label={label}
                    aria-pressed={openId === invoice.id}
                    onClick={() => onOpen(invoice)}
                  >
                    {invoice.number ?? t('billing.draft')}
                  </button>
                </th>
                <td>{date}</td>
                <td>{invoice.kind ? t(`billing.kind.${invoice.kind}`) : t('billing.kindLater')}</td>
                <td className="numeric">{formatPaise(invoice.totals.totalPaise)}</td>
                <td>{t(`billing.status.${invoice.status}`)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
