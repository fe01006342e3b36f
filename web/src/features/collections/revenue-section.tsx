import './revenue.css'
import { useState } from 'react'
import { type Revenue, RevenueSchema } from '../../../../shared/contracts/revenue-reports.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { useClinicNow } from '../calendar/use-clinic-now.ts'
import { type MoneyBar, MoneyBarChart } from './money-bar-chart.tsx'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** This financial year (from 1 April, Income-tax Act s.2(9)) up to `today`, the clinic's date. */
export function financialYearToDate(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4))
  const startYear = Number(today.slice(5, 7)) >= 4 ? year : year - 1
  return { from: `${startYear}-04-01`, to: today }
}

/**
 * Revenue per doctor and per procedure category on the Billing page (issue #12 item 7), for
 * billing.reports only: a date range (this financial year to date at first), each split as a
 * chart with its table. Income without GST, invoices less credit notes, as the server reckons it
 * (server/modules/billing-reports/revenue.ts).
 */
export function RevenueSection() {
  const t = useT()
  const zone = clinicZoneOf(useMe())
  const today = useClinicNow(zone).date
  const [range, setRange] = useState(() => financialYearToDate(today))
  const isComplete = ISO_DATE.test(range.from) && ISO_DATE.test(range.to)
  const isBackwards = isComplete && range.to < range.from
  const report = useApiQuery(
    isComplete && !isBackwards
      ? `/billing/reports/revenue?from=${range.from}&to=${range.to}`
      : null,
    { schema: RevenueSchema, keepPrevious: true },
  )
  const data = report.data
  return (
    <section className="card section-gap" aria-labelledby="revenue-heading">
      <h2 id="revenue-heading">{t('revenue.heading')}</h2>
      <p className="muted">{t('revenue.intro')}</p>
      <div className="revenue-range">
        <TextField
          label={t('revenue.from')}
          name="revenue-from"
          type="date"
          value={range.from}
          onChange={(from) => setRange((current) => ({ ...current, from }))}
        />
        <TextField
          label={t('revenue.to')}
          name="revenue-to"
          type="date"
          value={range.to}
          error={isBackwards ? t('revenue.rangeOrder') : undefined}
          onChange={(to) => setRange((current) => ({ ...current, to }))}
        />
      </div>
      {report.isError && <ErrorAlert>{apiErrorMessage(report.error, t)}</ErrorAlert>}
      {!data && !report.isError && !isBackwards && <p role="status">{t('app.loading')}</p>}
      {data && <RevenueFigures data={data} />}
    </section>
  )
}

function RevenueFigures({ data }: { data: Revenue }) {
  const t = useT()
  const dates = { from: formatDate(data.from), to: formatDate(data.to) }
  if (data.totals.invoices === 0 && data.totals.creditNotes === 0) {
    return <p>{t('revenue.nothing', dates)}</p>
  }
  const doctorName = (row: Revenue['byDoctor'][number]) =>
    row.doctorId === null ? t('revenue.notAttributed') : (row.name ?? '')
  const categoryName = (category: Revenue['byCategory'][number]['category']) =>
    category === 'ad_hoc' ? t('revenue.adHoc') : t(`catalogue.category.${category}` as MessageKey)
  return (
    <>
      <dl className="collections-totals">
        <div>
          <dt>{t('revenue.revenue')}</dt>
          <dd>{formatPaise(data.totals.revenuePaise)}</dd>
        </div>
        <div>
          <dt>{t('revenue.invoiced')}</dt>
          <dd>{formatPaise(data.totals.invoicedPaise)}</dd>
        </div>
        <div>
          <dt>{t('revenue.credited')}</dt>
          <dd>{formatPaise(data.totals.creditedPaise)}</dd>
        </div>
      </dl>
      <p className="muted">
        {t('revenue.documents', {
          invoices: String(data.totals.invoices),
          notes: String(data.totals.creditNotes),
        })}
      </p>
      <div className="revenue-charts">
        <RevenueSplit
          title={t('revenue.byDoctorTitle', dates)}
          nameHeader={t('revenue.doctor')}
          rows={data.byDoctor.map((row) => ({
            key: row.doctorId ?? 'not-attributed',
            label: doctorName(row),
            ...row,
          }))}
          totals={data.totals}
        />
        <RevenueSplit
          title={t('revenue.byCategoryTitle', dates)}
          nameHeader={t('revenue.category')}
          rows={data.byCategory.map((row) => ({
            key: row.category,
            label: categoryName(row.category),
            ...row,
          }))}
          totals={data.totals}
        />
      </div>
    </>
  )
}

interface SplitRow {
  key: string
  label: string
  invoicedPaise: number
  creditedPaise: number
  revenuePaise: number
}

/**
 * One split of the revenue: the chart of revenue per row, with its table (bars start at zero, so
 * a row whose credit notes outweigh its invoices, notes on an earlier range's invoices, leaves
 * the chart to the table), then, when credit notes took something off, the table of invoiced,
 * credited and revenue with the total row. Without credit notes that table would repeat the
 * chart's.
 */
function RevenueSplit({
  title,
  nameHeader,
  rows,
  totals,
}: {
  title: string
  nameHeader: string
  rows: SplitRow[]
  totals: Revenue['totals']
}) {
  const t = useT()
  const bars: MoneyBar[] = rows.map((row) => ({
    key: row.key,
    label: row.label,
    paise: row.revenuePaise,
  }))
  const isChartable = bars.length > 0 && bars.every((bar) => bar.paise >= 0)
  const hasCredits = rows.some((row) => row.creditedPaise !== 0)
  return (
    <div>
      {isChartable ? (
        <MoneyBarChart
          title={title}
          nameHeader={nameHeader}
          amountHeader={t('revenue.revenue')}
          bars={bars}
        />
      ) : (
        <p className="muted">{t('revenue.negativeNote')}</p>
      )}
      {(hasCredits || !isChartable) && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('revenue.detail', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{nameHeader}</th>
                <th scope="col" className="numeric">
                  {t('revenue.invoiced')}
                </th>
                <th scope="col" className="numeric">
                  {t('revenue.credited')}
                </th>
                <th scope="col" className="numeric">
                  {t('revenue.revenue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="numeric">{formatPaise(row.invoicedPaise)}</td>
                  <td className="numeric">{formatPaise(row.creditedPaise)}</td>
                  <td className="numeric">{formatPaise(row.revenuePaise)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('revenue.totalRow')}</th>
                <td className="numeric">{formatPaise(totals.invoicedPaise)}</td>
                <td className="numeric">{formatPaise(totals.creditedPaise)}</td>
                <td className="numeric">{formatPaise(totals.revenuePaise)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  )
}
