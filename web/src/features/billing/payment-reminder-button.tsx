import { Link } from 'react-router'
import { can } from '../../../../shared/contracts/auth.ts'
import type { Invoice } from '../../../../shared/contracts/billing.ts'
import {
  type PaymentReminderBody,
  PlannedMessageSchema,
} from '../../../../shared/contracts/messaging.ts'
import { PatientAccountSchema } from '../../../../shared/contracts/payments.ts'
import { formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { errorText } from '../../lib/error-text.ts'
import { useApiMutation, useApiQuery } from '../../lib/query.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { DRAFTS_PATH } from '../messaging/drafts-page.tsx'
import { plannedText } from '../messaging/planned-message-text.ts'
import { accountPath } from './account-api.ts'

/**
 * "Send payment reminder" on an issued invoice with something due (issue #14 item 4): the patient
 * is told on their channel (WhatsApp, else SMS, else email) what is due, at most once a day per
 * invoice; the amount is read again when it goes out. Shown to those the server lets plan it,
 * billing.write and patient.read (owners, admins, the front desk; not accountants).
 */
export function PaymentReminderButton({ invoice }: { invoice: Invoice }) {
  const t = useT()
  const me = useMe()
  const zone = clinicZoneOf(me)
  const mayRemind = can(me, 'billing.write') && can(me, 'patient.read')
  const isIssued = invoice.status === 'issued'
  // What is due, from the account the panel below reads too (only for those who may remind).
  const account = useApiQuery(mayRemind && isIssued ? accountPath(invoice.patientId) : null, {
    schema: PatientAccountSchema,
  })
  const remind = useApiMutation(
    (body: PaymentReminderBody) => ({ path: '/messaging/payment-reminders', method: 'POST', body }),
    { schema: PlannedMessageSchema, invalidates: [DRAFTS_PATH] },
  )
  const duePaise = account.data?.invoices.find((row) => row.invoiceId === invoice.id)?.duePaise ?? 0
  if (!mayRemind || !isIssued || duePaise <= 0) return null
  const planned = remind.data

  return (
    <div className="payment-reminder">
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          disabled={remind.isPending}
          onClick={() => remind.mutate({ invoiceId: invoice.id })}
        >
          {t('billing.sendReminder')}
        </button>
        <span className="muted">{t('billing.reminderDue', { amount: formatPaise(duePaise) })}</span>
      </div>
      <StatusMessage>
        {planned && (
          <>
            {plannedText(planned, zone, t)}
            {planned.viaClinicPhone && can(me, 'messaging.reply') && (
              <>
                {' '}
                <Link to={DRAFTS_PATH}>{t('drafts.link')}</Link>
              </>
            )}
          </>
        )}
      </StatusMessage>
      {remind.error != null && <ErrorAlert>{errorText(remind.error, t)}</ErrorAlert>}
    </div>
  )
}
