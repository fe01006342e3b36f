import type { Invoice } from '../../../../shared/contracts/billing.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { percent } from '../plans/item-row.tsx'
import { invoicePdfHref } from './billing-api.ts'
import { EInvoiceLink } from './einvoice-link.tsx'
import { InvoiceTotals } from './invoice-totals.tsx'
import { PaymentReminderButton } from './payment-reminder-button.tsx'
import { SendInvoiceButton } from './send-invoice-button.tsx'

export interface InvoiceDetailProps {
  invoice: Invoice
  canWrite: boolean
  onEdit: () => void
  onDelete: () => void
  onIssue: () => void
  onClose: () => void
}

/**
 * One invoice: its lines (GST shown on a taxable line, "Exempt" on healthcare, Notification
 * 12/2017-CT(Rate) Sl. 74), its totals and what may be done with it. A draft is changed, deleted
 * or issued; an issued invoice never changes (CGST Act s.31), and offers its PDF in English or
 * Hindi, to send to the patient and, while something is due, a payment reminder.
 */
export function InvoiceDetail({
  invoice,
  canWrite,
  onEdit,
  onDelete,
  onIssue,
  onClose,
}: InvoiceDetailProps) {
  const t = useT()
  const isDraft = invoice.status === 'draft'
  return (
    <section className="invoice-detail section-gap" aria-labelledby="invoice-detail-heading">
      <h3 id="invoice-detail-heading">
        {invoice.number
          ? t('billing.detailHeading', { number: invoice.number })
          : t('billing.detailDraftHeading')}
      </h3>
      {invoice.issuedAt && (
        <p className="muted">{t('billing.issuedOn', { date: formatDate(invoice.issuedAt) })}</p>
      )}
      {invoice.recipient.name && (
        <p>
          {t('billing.recipient', { name: invoice.recipient.name })}
          {invoice.recipient.gstin && (
            <>
              {' · '}
              {t('billing.recipientGstin', { gstin: invoice.recipient.gstin })}
            </>
          )}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table invoice-lines">
          <caption className="visually-hidden">{t('billing.linesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('billing.col.description')}</th>
              <th scope="col">{t('billing.col.sac')}</th>
              <th scope="col" className="numeric">
                {t('billing.col.quantity')}
              </th>
              <th scope="col" className="numeric">
                {t('billing.col.amount')}
              </th>
              <th scope="col" className="numeric">
                {t('billing.col.discount')}
              </th>
              <th scope="col" className="numeric">
                {t('billing.col.gst')}
              </th>
              <th scope="col" className="numeric">
                {t('billing.col.lineTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.description}</th>
                <td>{line.sacCode}</td>
                <td className="numeric">{line.quantity}</td>
                <td className="numeric">{formatPaise(line.unitPricePaise * line.quantity)}</td>
                <td className="numeric">
                  {line.discountPaise > 0 ? `−${formatPaise(line.discountPaise)}` : '—'}
                </td>
                <td className="numeric">
                  {line.taxable
                    ? t('billing.gstAmount', {
                        amount: formatPaise(line.cgstPaise + line.sgstPaise),
                        rate: `${percent(line.gstRateBp)}%`,
                      })
                    : t('billing.exempt')}
                </td>
                <td className="numeric">{formatPaise(line.totalPaise)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <InvoiceTotals totals={invoice.totals} kind={invoice.kind} />
      <div className="button-row">
        {isDraft && canWrite && (
          <>
            <button type="button" onClick={onIssue}>
              {t('billing.issue')}
            </button>
            <button type="button" className="button-secondary" onClick={onEdit}>
              {t('billing.edit')}
            </button>
            <button type="button" className="button-secondary" onClick={onDelete}>
              {t('billing.delete')}
            </button>
          </>
        )}
        {!isDraft && (
          <>
            <a href={invoicePdfHref(invoice.patientId, invoice.id, 'en')} download>
              {t('billing.pdfEnglish')}
            </a>
            <a href={invoicePdfHref(invoice.patientId, invoice.id, 'hi')} download>
              {t('billing.pdfHindi')}
            </a>
            <EInvoiceLink invoice={invoice} />
          </>
        )}
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('billing.close')}
        </button>
      </div>
      {!isDraft && <SendInvoiceButton key={`send-${invoice.id}`} invoice={invoice} />}
      {!isDraft && <PaymentReminderButton key={invoice.id} invoice={invoice} />}
    </section>
  )
}
