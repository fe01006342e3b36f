import './gst.css'
import { useState } from 'react'
import {
  GSTR1_SECTIONS,
  type GstSummary,
  GstSummarySchema,
} from '../../../../shared/contracts/billing-reports.ts'
import { formatDate, formatPaise } from '../../../../shared/format/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { SelectField } from '../../ui/select-field.tsx'
import { TextField } from '../../ui/text-field.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { useMe } from '../auth/use-session.ts'
import { clinicZoneOf } from '../calendar/clinic-time.ts'
import { useClinicNow } from '../calendar/use-clinic-now.ts'
import { percent } from '../plans/item-row.tsx'
import {
  defaultReturnPeriod,
  financialYearLabel,
  monthRange,
  recentMonths,
  recentQuarters,
} from './gst-periods.ts'
import { MoneyBarChart } from './money-bar-chart.tsx'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The GST part of the Billing page (issue #12 items 7 and 9; india-domain §3.6–3.7), for
 * billing.reports only: the summary of a date range by GST rate, as tables and a chart, and the
 * GSTR-1 files of a month or a quarter. Every download is a plain link with the session cookie:
 * its URL carries the period and the section only, and the server names the file
 * (Content-Disposition), so no patient data is in a URL or a file name.
 */
export function GstSection() {
  const zone = clinicZoneOf(useMe())
  const today = useClinicNow(zone).date
  return (
    <>
      <GstSummarySection today={today} />
      <Gstr1ExportSection today={today} />
    </>
  )
}

function GstSummarySection({ today }: { today: string }) {
  const t = useT()
  // The current month in the clinic's zone, as the accountant looks at it before filing.
  const [range, setRange] = useState(() => monthRange(today))
  const isComplete = ISO_DATE.test(range.from) && ISO_DATE.test(range.to)
  const isBackwards = isComplete && range.to < range.from
  const summary = useApiQuery(
    isComplete && !isBackwards
      ? `/billing/reports/gst-summary?from=${range.from}&to=${range.to}`
      : null,
    { schema: GstSummarySchema, keepPrevious: true },
  )
  const data = summary.data
  return (
    <section className="card section-gap" aria-labelledby="gst-summary-heading">
      <h2 id="gst-summary-heading">{t('gst.heading')}</h2>
      <p className="muted">{t('gst.intro')}</p>
      <div className="gst-range">
        <TextField
          label={t('gst.from')}
          name="from"
          type="date"
          value={range.from}
          onChange={(from) => setRange((current) => ({ ...current, from }))}
        />
        <TextField
          label={t('gst.to')}
          name="to"
          type="date"
          value={range.to}
          error={isBackwards ? t('gst.rangeOrder') : undefined}
          onChange={(to) => setRange((current) => ({ ...current, to }))}
        />
      </div>
      {summary.isError && <ErrorAlert>{apiErrorMessage(summary.error, t)}</ErrorAlert>}
      {!data && !summary.isError && !isBackwards && <p role="status">{t('app.loading')}</p>}
      {data && <GstSummaryTables data={data} />}
    </section>
  )
}

function GstSummaryTables({ data }: { data: GstSummary }) {
  const t = useT()
  const net = data.net
  const dates = { from: formatDate(data.from), to: formatDate(data.to) }
  if (data.invoices.documents === 0 && data.creditNotes.documents === 0) {
    return <p>{t('gst.nothing', dates)}</p>
  }
  const rateLabel = (bp: number) => t('gst.ratePercent', { rate: percent(bp) })
  const bars = [
    ...net.rates.map((row) => ({
      key: String(row.gstRateBp),
      label: rateLabel(row.gstRateBp),
      paise: row.taxableValuePaise,
    })),
    ...(net.exempt.valuePaise !== 0
      ? [{ key: 'exempt', label: t('gst.exempt'), paise: net.exempt.valuePaise }]
      : []),
  ]
  // Bars start at zero: a range whose credit notes outweigh its invoices at some rate (notes on
  // an earlier period's invoices) shows its figures in the tables only.
  const isChartable = bars.length > 0 && bars.every((bar) => bar.paise >= 0)
  const parts = [
    {
      key: 'invoices',
      label: t('gst.invoices'),
      documents: data.invoices.documents,
      part: data.invoices,
    },
    {
      key: 'creditNotes',
      label: t('gst.creditNotes'),
      documents: data.creditNotes.documents,
      part: data.creditNotes,
    },
    { key: 'net', label: t('gst.net'), documents: null, part: net },
  ]
  return (
    <>
      <div className="table-scroll">
        <table className="data-table gst-documents">
          <caption>{t('gst.documentsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('gst.kind')}</span>
              </th>
              <th scope="col" className="numeric">
                {t('gst.documents')}
              </th>
              <th scope="col" className="numeric">
                {t('gst.taxableValue')}
              </th>
              <th scope="col" className="numeric">
                {t('gst.exemptValue')}
              </th>
              <th scope="col" className="numeric">
                {t('gst.cgst')}
              </th>
              <th scope="col" className="numeric">
                {t('gst.sgst')}
              </th>
              <th scope="col" className="numeric">
                {t('gst.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.map(({ key, label, documents, part }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td className="numeric">{documents ?? '—'}</td>
                <td className="numeric">{formatPaise(part.totals.taxableValuePaise)}</td>
                <td className="numeric">{formatPaise(part.totals.exemptValuePaise)}</td>
                <td className="numeric">{formatPaise(part.totals.cgstPaise)}</td>
                <td className="numeric">{formatPaise(part.totals.sgstPaise)}</td>
                <td className="numeric">{formatPaise(part.totals.totalPaise)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="data-table gst-rates">
          <caption>{t('gst.byRateCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gst.rate')}</th>
              <th scope="col" className="numeric">
                {t('gst.lines')}
              </th>
              <th scope="col" className="numeric">
                {t('gst.value')}
              </th>
              <th scope="col" className="numeric">
                {t('gst.cgst')}
              </th>
              <th scope="col" className="numeric">
                {t('gst.sgst')}
              </th>
            </tr>
          </thead>
          <tbody>
            {net.rates.map((row) => (
              <tr key={row.gstRateBp}>
                <th scope="row">{rateLabel(row.gstRateBp)}</th>
                <td className="numeric">{row.lines}</td>
                <td className="numeric">{formatPaise(row.taxableValuePaise)}</td>
                <td className="numeric">{formatPaise(row.cgstPaise)}</td>
                <td className="numeric">{formatPaise(row.sgstPaise)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('gst.exempt')}</th>
              <td className="numeric">{net.exempt.lines}</td>
              <td className="numeric">{formatPaise(net.exempt.valuePaise)}</td>
              <td className="numeric">—</td>
              <td className="numeric">—</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('gst.total')}</th>
              <td className="numeric">
                {net.rates.reduce((sum, row) => sum + row.lines, 0) + net.exempt.lines}
              </td>
              <td className="numeric">
                {formatPaise(net.totals.taxableValuePaise + net.totals.exemptValuePaise)}
              </td>
              <td className="numeric">{formatPaise(net.totals.cgstPaise)}</td>
              <td className="numeric">{formatPaise(net.totals.sgstPaise)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {isChartable && (
        <MoneyBarChart
          title={t('gst.chartTitle', dates)}
          nameHeader={t('gst.rate')}
          amountHeader={t('gst.value')}
          bars={bars}
        />
      )}
    </>
  )
}

function Gstr1ExportSection({ today }: { today: string }) {
  const t = useT()
  const [period, setPeriod] = useState(() => defaultReturnPeriod(today))
  const monthLabel = (value: string) =>
    t('gst.monthOption', {
      month: t(`gst.month.${Number(value.slice(5, 7))}` as MessageKey),
      year: value.slice(0, 4),
    })
  const quarterLabel = (value: string) => {
    const quarter = value.slice(6)
    return t('gst.quarterOption', {
      quarter,
      fy: financialYearLabel(Number(value.slice(0, 4))),
      months: t(`gst.quarterMonths.${quarter}` as MessageKey),
    })
  }
  const href = (query: string) => `/api/v1/billing/reports/gstr1?period=${period}${query}`
  return (
    <section className="card section-gap" aria-labelledby="gstr1-heading">
      <h2 id="gstr1-heading">{t('gst.exportHeading')}</h2>
      <p className="muted">{t('gst.exportIntro')}</p>
      <SelectField
        label={t('gst.period')}
        name="period"
        value={period}
        onChange={setPeriod}
        className="gst-period"
      >
        <optgroup label={t('gst.months')}>
          {recentMonths(today, 13).map((value) => (
            <option key={value} value={value}>
              {monthLabel(value)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('gst.quarters')}>
          {recentQuarters(today, 8).map((value) => (
            <option key={value} value={value}>
              {quarterLabel(value)}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <p>
        <a href={href('')} download className="gst-download">
          {t('gst.downloadJson')}
        </a>
      </p>
      <h3 className="gst-csv-heading">{t('gst.csvHeading')}</h3>
      <ul className="gst-csv-links">
        {GSTR1_SECTIONS.map((section) => (
          <li key={section}>
            <a href={href(`&format=csv&section=${section}`)} download>
              {t('gst.downloadCsv', { section: t(`gst.section.${section}`) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
