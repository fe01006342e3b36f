import '../collections/gst.css'
import { can } from '../../../../shared/contracts/auth.ts'
import type { Invoice } from '../../../../shared/contracts/billing.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'

/**
 * Whether an invoice may have an e-invoice (india-domain §3.8), as the server decides it
 * (server/modules/billing-reports/einvoice.ts): issued, from a registered clinic to a recipient
 * with a GSTIN (B2B only, Notification 13/2020-CT), with at least one taxable line (a bill of
 * supply gets no IRN). The server still checks, and answers 409 for what only it can see (a
 * missing PIN code).
 */
export function mayHaveEInvoice(invoice: Invoice): boolean {
  return (
    invoice.status === 'issued' &&
    invoice.kind !== 'bill_of_supply' &&
    Boolean(invoice.supplier?.gstin) &&
    Boolean(invoice.recipient.gstin) &&
    invoice.lines.some((line) => line.gstRateBp > 0)
  )
}

/**
 * The NIC INV-01 JSON of an issued B2B invoice, for the clinic to upload to the IRP itself: a
 * plain link (the invoice id in the URL, never a name; the server names the file by the invoice
 * number), for those with billing.reports, whom alone the server answers.
 */
export function EInvoiceLink({ invoice }: { invoice: Invoice }) {
  const t = useT()
  const me = useMe()
  if (!can(me, 'billing.reports') || !mayHaveEInvoice(invoice)) return null
  return (
    <a
      href={`/api/v1/billing/e-invoice/${invoice.id}`}
      download
      className="einvoice-link"
      title={t('gst.eInvoiceHint')}
    >
      {t('gst.downloadEInvoice')}
    </a>
  )
}
