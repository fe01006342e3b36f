import { useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import type { Invoice } from '../../../../shared/contracts/billing.ts'
import type { PatientAccount } from '../../../../shared/contracts/payments.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { ErrorAlert, StatusMessage } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { useClinicNow } from '../calendar/use-clinic-now.ts'
import { useAccount } from './account-api.ts'
import { CreditNoteDialog } from './credit-note-dialog.tsx'
import { InstalmentsDialog, type InstalmentsTarget } from './instalments-dialog.tsx'
import { PaymentDialog, type PaymentTarget } from './payment-dialog.tsx'
import { RefundDialog } from './refund-dialog.tsx'

/** What each invoice line has left to credit: its total less every credit note against it. */
export function leftToCredit(invoice: Invoice, account: PatientAccount): Map<string, number> {
  const left = new Map(invoice.lines.map((line) => [line.id, line.totalPaise]))
  for (const note of account.creditNotes) {
    for (const line of note.lines) {
      const current = left.get(line.invoiceLineId)
      if (current !== undefined) left.set(line.invoiceLineId, current - line.totalPaise)
    }
  }
  return left
}

/**
 * The patient's account on the Billing tab (issue #12, items 5 and 9): what is outstanding and
 * what credit the clinic holds, what each issued invoice still owes with "Take payment" and
 * "Credit note", instalment plans, and the ledger with a running balance. Writing needs
 * billing.write; reading billing.read.
 */
export function AccountPanel({
  patientId,
  invoices,
}: {
  patientId: string
  /** The patient's invoices with their lines (the Billing tab has them already). */
  invoices: readonly Invoice[]
}) {
  const t = useT()
  const me = useMe()
  const zone = clinicZoneOf(me)
  const canWrite = can(me, 'billing.write')
  const account = useAccount(patientId)
  const [paying, setPaying] = useState<{ target: PaymentTarget | null } | null>(null)
  const [crediting, setCrediting] = useState<Invoice | null>(null)
  const [isRefunding, setRefunding] = useState(false)
  const [planning, setPlanning] = useState<InstalmentsTarget | null>(null)
  const today = useClinicNow(zone).date
  const [status, setStatus] = useState<string | null>(null)

  if (account.isError) return <ErrorAlert>{apiErrorMessage(account.error, t)}</ErrorAlert>
  const data = account.data
  if (!data) return <p role="status">{t('app.loading')}</p>

  return (
    <section className="account-panel" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('account.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <dl className="account-summary">
        <div>
          <dt>{t('account.outstanding')}</dt>
          <dd>{formatPaise(data.outstandingPaise)}</dd>
        </div>
        <div>
          <dt>{t('account.credit')}</dt>
          <dd>{formatPaise(data.creditPaise)}</dd>
        </div>
      </dl>
      {canWrite && (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => setPaying({ target: null })}
          >
            {t('account.takeAdvance')}
          </button>
          {data.creditPaise > 0 && (
            <button type="button" className="button-secondary" onClick={() => setRefunding(true)}>
              {t('account.refund')}
            </button>
          )}
        </div>
      )}
      {data.invoices.length === 0 ? (
        <p>{t('account.noInvoices')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('account.balancesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.col.invoice')}</th>
                <th scope="col">{t('account.col.date')}</th>
                <th scope="col" className="numeric">
                  {t('account.col.total')}
                </th>
                <th scope="col" className="numeric">
                  {t('account.col.credited')}
                </th>
                <th scope="col" className="numeric">
                  {t('account.col.paid')}
                </th>
                <th scope="col" className="numeric">
                  {t('account.col.due')}
                </th>
                {canWrite && <th scope="col">{t('account.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.invoices.map((row) => {
                const invoice = invoices.find((candidate) => candidate.id === row.invoiceId)
                return (
                  <tr key={row.invoiceId}>
                    <th scope="row">{row.number}</th>
                    <td>{formatDate(row.issuedAt, zone)}</td>
                    <td className="numeric">{formatPaise(row.totalPaise)}</td>
                    <td className="numeric">{formatPaise(row.creditedPaise)}</td>
                    <td className="numeric">{formatPaise(row.paidPaise)}</td>
                    <td className="numeric">{formatPaise(row.duePaise)}</td>
                    {canWrite && (
                      <td className="account-actions">
                        {row.duePaise > 0 && (
                          <button
                            type="button"
                            aria-label={t('account.takePaymentFor', { number: row.number })}
                            onClick={() =>
                              setPaying({
                                target: {
                                  invoiceId: row.invoiceId,
                                  number: row.number,
                                  duePaise: row.duePaise,
                                },
                              })
                            }
                          >
                            {t('account.takePayment')}
                          </button>
                        )}
                        {invoice && row.creditedPaise < row.totalPaise && (
                          <button
                            type="button"
                            className="button-secondary"
                            aria-label={t('account.creditNoteFor', { number: row.number })}
                            onClick={() => setCrediting(invoice)}
                          >
                            {t('account.creditNote')}
                          </button>
                        )}
                        {row.duePaise > 0 && (
                          <button
                            type="button"
                            className="button-secondary"
                            aria-label={t('account.instalmentsHeading', { number: row.number })}
                            onClick={() =>
                              setPlanning({
                                invoiceId: row.invoiceId,
                                number: row.number,
                                duePaise: row.duePaise,
                                plan:
                                  data.instalmentPlans.find(
                                    (plan) => plan.invoiceId === row.invoiceId,
                                  ) ?? null,
                              })
                            }
                          >
                            {t('account.instalments')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {data.instalmentPlans.map((plan) => (
        <section
          key={plan.invoiceId}
          aria-label={t('account.instalmentsHeading', { number: plan.invoiceNumber })}
        >
          <h3>{t('account.instalmentsHeading', { number: plan.invoiceNumber })}</h3>
          <ul>
            {plan.instalments.map((instalment) => (
              <li key={instalment.dueOn}>
                {t('account.instalmentLine', {
                  date: formatDate(instalment.dueOn, zone),
                  amount: formatPaise(instalment.amountPaise),
                  status: t(`account.instalment.${instalment.status}`),
                })}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {data.ledger.length > 0 && (
        <>
          <h3>{t('account.ledgerHeading')}</h3>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('account.ledgerCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('account.col.date')}</th>
                  <th scope="col">{t('account.col.document')}</th>
                  <th scope="col" className="numeric">
                    {t('account.col.charged')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('account.col.received')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('account.col.balance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.ledger.map((entry) => (
                  <tr key={`${entry.kind}-${entry.id}`}>
                    <td>{formatDate(entry.at, zone)}</td>
                    <th scope="row">
                      {documentHref(patientId, entry) ? (
                        <a href={documentHref(patientId, entry) ?? undefined}>
                          {t(`account.kind.${entry.kind}`, { number: entry.number })}
                        </a>
                      ) : (
                        t(`account.kind.${entry.kind}`, { number: entry.number })
                      )}
                    </th>
                    <td className="numeric">
                      {entry.debitPaise > 0 ? formatPaise(entry.debitPaise) : ''}
                    </td>
                    <td className="numeric">
                      {entry.creditPaise > 0 ? formatPaise(entry.creditPaise) : ''}
                    </td>
                    <td className="numeric">{signed(entry.balancePaise)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <PaymentDialog
        patientId={patientId}
        isOpen={paying !== null}
        target={paying?.target ?? null}
        onPaid={(payment) => {
          setPaying(null)
          setStatus(t('payment.recorded', { number: payment.number }))
        }}
        onClose={() => setPaying(null)}
      />
      <CreditNoteDialog
        patientId={patientId}
        invoice={crediting}
        leftByLine={crediting ? leftToCredit(crediting, data) : new Map()}
        onIssued={(note) => {
          setCrediting(null)
          setStatus(
            t('creditNote.issued', {
              number: note.number,
              amount: formatPaise(note.totals.totalPaise),
            }),
          )
        }}
        onClose={() => setCrediting(null)}
      />
      <InstalmentsDialog
        patientId={patientId}
        target={planning}
        today={today}
        onSaved={(message) => {
          setPlanning(null)
          setStatus(message)
        }}
        onClose={() => setPlanning(null)}
      />
      <RefundDialog
        patientId={patientId}
        isOpen={isRefunding}
        creditPaise={data.creditPaise}
        onRefunded={(refund) => {
          setRefunding(false)
          setStatus(t('refund.recorded', { number: refund.number }))
        }}
        onClose={() => setRefunding(false)}
      />
    </section>
  )
}

/** The PDF of a receipt, credit note or invoice in the ledger (ids only in the address). */
function documentHref(patientId: string, entry: PatientAccount['ledger'][number]): string | null {
  const base = `/api/v1/patients/${patientId}`
  switch (entry.kind) {
    case 'payment':
      return `${base}/payments/${entry.id}/pdf`
    case 'credit_note':
      return `${base}/credit-notes/${entry.id}/pdf`
    case 'invoice':
      return `${base}/invoices/${entry.id}/pdf`
    default:
      return null
  }
}

/** A balance in the patient's favour shows with a minus: −₹2,100.00. */
function signed(paise: number): string {
  return paise < 0 ? `−${formatPaise(-paise)}` : formatPaise(paise)
}
