import '../collections/gst.css'
import { useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import type { Invoice } from '../../../../shared/contracts/billing.ts'
import { useT } from '../../i18n/use-t.ts'
import { toApiError } from '../../lib/api.ts'
import { errorText } from '../../lib/error-text.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
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
 * The NIC INV-01 JSON of an issued B2B invoice, for the clinic to upload to the IRP itself, for
 * those with billing.reports, whom alone the server answers. Fetched first rather than linked:
 * what only the server can see (a PIN code missing from an address) comes back as a refusal shown
 * here, not saved as the "file". The URL carries the invoice id only; the server names the file by
 * the invoice number.
 */
export function EInvoiceLink({ invoice }: { invoice: Invoice }) {
  const t = useT()
  const me = useMe()
  const [error, setError] = useState<string | null>(null)
  const [isSending, setSending] = useState(false)
  if (!can(me, 'billing.reports') || !mayHaveEInvoice(invoice)) return null
  const fetchFile = async () => {
    setError(null)
    setSending(true)
    try {
      const response = await fetch(`/api/v1/billing/e-invoice/${invoice.id}`)
      if (!response.ok) {
        throw toApiError(response.status, await response.json().catch(() => undefined))
      }
      const disposition = response.headers.get('content-disposition') ?? ''
      saveFile(
        await response.blob(),
        /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'e-invoice.json',
      )
    } catch (failure) {
      setError(errorText(failure, t))
    } finally {
      setSending(false)
    }
  }
  return (
    <>
      <button
        type="button"
        className="button-secondary einvoice-link"
        title={t('gst.eInvoiceHint')}
        disabled={isSending}
        onClick={() => void fetchFile()}
      >
        {t('gst.downloadEInvoice')}
      </button>
      {error && <ErrorAlert>{error}</ErrorAlert>}
    </>
  )
}

/** Saves what was fetched under the server's name, as a plain link would have. */
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // The download has its own copy once started; the object URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
