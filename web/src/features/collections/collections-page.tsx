import './collections.css'
import { useState } from 'react'
import { can } from '../../../../shared/contracts/auth.ts'
import { DayEndSchema, OutstandingSchema } from '../../../../shared/contracts/collection-reports.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { PageHeader } from '../../ui/page-header.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { useClinicNow } from '../calendar/use-clinic-now.ts'
import { GstSection } from './gst-section.tsx'
import { InvoicesSection } from './invoices-section.tsx'
import { MoneyBarChart } from './money-bar-chart.tsx'
import { RevenueSection } from './revenue-section.tsx'
import { TrendSection } from './trend-section.tsx'

/**
 * /billing: the accountant's desk (issue #12 items 7 and 9): the day's collection by mode and by
 * person, and what patients owe with its ageing, each as a chart with its table. Owners, admins
 * and accountants (billing.reports); the front desk (billing.read) finds invoices here but sees
 * no clinic-wide totals.
 */
export function CollectionsPage() {
  const t = useT()
  const me = useMe()
  // Every billing role finds invoices here; only billing.reports sees clinic-wide totals
  // (PRODUCT.md roles matrix: the front desk bills and takes money but sees no reports).
  const seesReports = can(me, 'billing.reports')
  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeader
        title={t('collections.title')}
        intro={t(seesReports ? 'collections.intro' : 'collections.introDesk')}
      />
      {/* Sections for every billing role (billing.read) go here. */}
      <InvoicesSection />
      {seesReports && (
        <>
          <DayEndSection />
          <OutstandingSection />
          {/* Report sections (billing.reports) go here. */}
          <RevenueSection />
          <TrendSection />
          <GstSection />
        </>
      )}
    </section>
  )
}

function DayEndSection() {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const today = useClinicNow(zone).date
  const [date, setDate] = useState(today)
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(date)
  const dayEnd = useApiQuery(isDate ? `/billing/reports/day-end?date=${date}` : null, {
    schema: DayEndSchema,
  })
  const data = dayEnd.data
  return (
    <section className="card section-gap" aria-labelledby="day-end-heading">
      <h2 id="day-end-heading">{t('collections.dayEnd')}</h2>
      <TextField
        label={t('collections.day')}
        name="date"
        type="date"
        value={date}
        onChange={setDate}
      />
      {dayEnd.isError && <ErrorAlert>{apiErrorMessage(dayEnd.error, t)}</ErrorAlert>}
      {!data && !dayEnd.isError && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <dl className="collections-totals">
            <div>
              <dt>{t('collections.received')}</dt>
              <dd>{formatPaise(data.receivedPaise)}</dd>
            </div>
            <div>
              <dt>{t('collections.refunded')}</dt>
              <dd>{formatPaise(data.refundedPaise)}</dd>
            </div>
            <div>
              <dt>{t('collections.net')}</dt>
              <dd>{formatPaise(data.netPaise)}</dd>
            </div>
            <div>
              <dt>{t('collections.invoiced', { count: String(data.invoicesIssued) })}</dt>
              <dd>{formatPaise(data.invoicedPaise)}</dd>
            </div>
            <div>
              <dt>{t('collections.credited', { count: String(data.creditNotesIssued) })}</dt>
              <dd>{formatPaise(data.creditedPaise)}</dd>
            </div>
          </dl>
          {data.byMode.length === 0 ? (
            <p>{t('collections.nothing', { date: formatDate(data.date) })}</p>
          ) : (
            <MoneyBarChart
              title={t('collections.byModeTitle', { date: formatDate(data.date) })}
              nameHeader={t('collections.mode')}
              amountHeader={t('collections.net')}
              bars={data.byMode.map((row) => ({
                key: row.mode,
                label: t(`payment.mode.${row.mode}`),
                paise: row.netPaise,
              }))}
            />
          )}
          {data.byUser.length > 0 && (
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('collections.byUser')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('collections.person')}</th>
                    <th scope="col" className="numeric">
                      {t('collections.receipts')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('collections.received')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('collections.refunded')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.byUser.map((row) => (
                    <tr key={row.userId}>
                      <th scope="row">{row.name}</th>
                      <td className="numeric">{row.receipts}</td>
                      <td className="numeric">{formatPaise(row.receivedPaise)}</td>
                      <td className="numeric">{formatPaise(row.refundedPaise)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  )
}

function OutstandingSection() {
  const t = useT()
  const owed = useApiQuery('/billing/reports/outstanding', { schema: OutstandingSchema })
  const data = owed.data
  return (
    <section className="card section-gap" aria-labelledby="outstanding-heading">
      <h2 id="outstanding-heading">{t('collections.outstanding')}</h2>
      {owed.isError && <ErrorAlert>{apiErrorMessage(owed.error, t)}</ErrorAlert>}
      {!data && !owed.isError && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <p className="collections-total-line">
            {t('collections.outstandingTotal', { amount: formatPaise(data.totalPaise) })}
          </p>
          <MoneyBarChart
            title={t('collections.ageingTitle')}
            nameHeader={t('collections.age')}
            amountHeader={t('collections.due')}
            bars={data.buckets.map((row) => ({
              key: row.bucket,
              label: t(`collections.bucket.${row.bucket}`),
              paise: row.duePaise,
            }))}
          />
          {data.patients.length === 0 ? (
            <p>{t('collections.nobodyOwes')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('collections.patientsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('collections.patient')}</th>
                    <th scope="col" className="numeric">
                      {t('collections.invoices')}
                    </th>
                    <th scope="col">{t('collections.oldest')}</th>
                    <th scope="col" className="numeric">
                      {t('collections.due')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.patients.map((row) => (
                    <tr key={row.patientId}>
                      <th scope="row">
                        <a href={`/patients/${row.patientId}?tab=billing`}>{row.name}</a>
                      </th>
                      <td className="numeric">{row.invoices}</td>
                      <td>{formatDate(row.oldestIssuedOn)}</td>
                      <td className="numeric">{formatPaise(row.duePaise)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  )
}
