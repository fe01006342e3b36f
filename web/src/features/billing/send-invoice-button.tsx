import { can } from '../../../../shared/contracts/auth.ts'
import type { Invoice } from '../../../../shared/contracts/billing.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'
import { SendDocumentButton } from '../messaging/send-document-button.tsx'

/**
 * "Send to patient" on an issued invoice. Shown to those the server lets send it, billing.read
 * and patient.read (owners, admins, the front desk; not accountants).
 */
export function SendInvoiceButton({ invoice }: { invoice: Invoice }) {
  const t = useT()
  const me = useMe()
  if (invoice.status !== 'issued' || !can(me, 'billing.read') || !can(me, 'patient.read')) {
    return null
  }
  return <SendDocumentButton what="invoice" id={invoice.id} label={t('billing.sendToPatient')} />
}
