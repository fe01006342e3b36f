import './revenue.css'
import { TrendSchema } from '../../../../shared/contracts/revenue-reports.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { MoneyTrendChart } from './money-trend-chart.tsx'

/**
 * Collections and outstanding over the last 12 months on the Billing page (issue #12 item 7),
 * for billing.reports only: collected and invoiced per month as bars, what patients owed at each
 * month's end as a line, with the table of the same figures (and the credit notes) beside it.
 */
export function TrendSection() {
  const t = useT()
  const trend = useApiQuery('/billing/reports/trend?months=12', { schema: TrendSchema })
  const data = trend.data
  const monthName = (month: string) => t(`revenue.month.${Number(month.slice(5, 7))}` as MessageKey)
  return (
    <section className="card section-gap" aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('revenue.trend.heading')}</h2>
      <p className="muted">{t('revenue.trend.intro')}</p>
      {trend.isError && <ErrorAlert>{apiErrorMessage(trend.error, t)}</ErrorAlert>}
      {!data && !trend.isError && <p role="status">{t('app.loading')}</p>}
      {data && (
        <>
          <MoneyTrendChart
            title={t('revenue.trend.title')}
            monthHeader={t('revenue.trend.month')}
            names={{
              first: t('revenue.trend.collected'),
              second: t('revenue.trend.invoiced'),
              line: t('revenue.trend.outstanding'),
            }}
            points={data.months.map((row) => ({
              key: row.month,
              label: monthName(row.month),
              sublabel: row.month.slice(0, 4),
              name: t('revenue.month.label', {
                month: monthName(row.month),
                year: row.month.slice(0, 4),
              }),
              first: row.collectedPaise,
              second: row.invoicedPaise,
              line: row.outstandingPaise,
            }))}
          />
          <p className="muted">{t('revenue.trend.asOf', { date: formatDate(data.asOf) })}</p>
          <CreditedTable
            months={data.months.filter((row) => row.creditedPaise !== 0)}
            monthName={monthName}
          />
        </>
      )}
    </section>
  )
}

/** Credit notes per month, only where there were any: rare enough not to need a chart. */
function CreditedTable({
  months,
  monthName,
}: {
  months: { month: string; creditedPaise: number }[]
  monthName: (month: string) => string
}) {
  const t = useT()
  if (months.length === 0) return null
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('revenue.trend.credited')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revenue.trend.month')}</th>
            <th scope="col" className="numeric">
              {t('revenue.trend.credited')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((row) => (
            <tr key={row.month}>
              <th scope="row">
                {t('revenue.month.label', {
                  month: monthName(row.month),
                  year: row.month.slice(0, 4),
                })}
              </th>
              <td className="numeric">{formatPaise(row.creditedPaise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
