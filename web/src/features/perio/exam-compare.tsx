import { type PerioComparison, PerioComparisonSchema } from '../../../../shared/contracts/perio.ts'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useApiQuery } from '../../lib/query.ts'
import { ErrorAlert } from '../../ui/alerts.tsx'
import { apiErrorMessage } from '../../ui/use-form.ts'
import { roman } from './perio-layout.ts'
import { siteName } from './perio-words.ts'

type SiteRow = PerioComparison['sites'][number]
type SiteValues = NonNullable<SiteRow['from']>

/**
 * Two exams side by side for every measurement: pocket depth, recession, attachment level and
 * its change, the three marks, and per tooth mobility, furcation and missing. A site that lost
 * 2 mm or more of attachment (CAL_WORSENED_MM; beyond probing error) is flagged in words.
 */
import { ScrollRegion } from '../../ui/scroll-region.tsx'

export function ExamCompare({
  patientId,
  from,
  to,
}: {
  patientId: string
  from: string
  to: string
}) {
  const t = useT()
  const path = `/patients/${patientId}/perio/compare?from=${from}&to=${to}`
  // Audited: comparing reads both exams.
  const read = useApiQuery(path, { schema: PerioComparisonSchema, isAuditedRead: true })
  if (read.error) return <ErrorAlert>{apiErrorMessage(read.error, t)}</ErrorAlert>
  if (!read.data) return <p role="status">{t('app.loading')}</p>
  const comparison = read.data
  const fromDate = formatDate(comparison.from.createdAt)
  const toDate = formatDate(comparison.to.createdAt)
  const value = (n: number | null | undefined) => (n === null || n === undefined ? '–' : String(n))
  const marks = (v: SiteValues | null) =>
    v ? [v.bleeding ? 'B' : '', v.suppuration ? 'S' : '', v.plaque ? 'P' : ''].join('') || '–' : '–'
  const pair = (a: string, b: string) => `${a} → ${b}`

  return (
    <section className="perio-compare" aria-labelledby="perio-compare-heading">
      <h3 id="perio-compare-heading">
        {t('perio.compare.heading', { from: fromDate, to: toDate })}
      </h3>
      <p role="status">
        {t('perio.compare.worsenedCount', { count: String(comparison.sitesCalWorsened) })}
      </p>
      <p className="muted">{t('perio.compare.howToRead')}</p>
      <ScrollRegion className="perio-table-scroll" label={t('perio.compare.sitesCaption')}>
        <table className="data-table perio-compare-table">
          <caption className="visually-hidden">{t('perio.compare.sitesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('perio.tooth')}</th>
              <th scope="col">{t('perio.compare.site')}</th>
              <th scope="col">{t('perio.compare.ppd')}</th>
              <th scope="col">{t('perio.compare.recession')}</th>
              <th scope="col">{t('perio.compare.cal')}</th>
              <th scope="col">{t('perio.compare.calChange')}</th>
              <th scope="col">{t('perio.compare.marks')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.sites.map((row) => (
              <tr
                key={`${row.tooth}:${row.site}`}
                className={row.calWorsened ? 'perio-worsened' : undefined}
              >
                <th scope="row">{row.tooth}</th>
                <td>{siteName(t, row.tooth, row.site)}</td>
                <td>{pair(value(row.from?.ppd), value(row.to?.ppd))}</td>
                <td>{pair(value(row.from?.recession), value(row.to?.recession))}</td>
                <td>{pair(value(row.from?.cal), value(row.to?.cal))}</td>
                <td>
                  {row.calChange === null
                    ? '–'
                    : row.calChange > 0
                      ? `+${row.calChange}`
                      : String(row.calChange)}
                  {row.calWorsened && (
                    <strong className="perio-worsened-flag"> {t('perio.compare.worsened')}</strong>
                  )}
                </td>
                <td>{pair(marks(row.from), marks(row.to))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ScrollRegion className="perio-table-scroll" label={t('perio.compare.teethCaption')}>
        <table className="data-table">
          <caption>{t('perio.compare.teethCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('perio.tooth')}</th>
              <th scope="col">{t('perio.mobility')}</th>
              <th scope="col">{t('perio.furcation')}</th>
              <th scope="col">{t('perio.compare.status')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.teeth.map((row) => {
              const status = (v: typeof row.from) =>
                !v
                  ? '–'
                  : v.missing
                    ? t('perio.missing')
                    : v.implant
                      ? t('perio.implant')
                      : t('perio.present')
              return (
                <tr key={row.tooth}>
                  <th scope="row">{row.tooth}</th>
                  <td>
                    {pair(
                      roman(row.from?.mobility ?? null) || '–',
                      roman(row.to?.mobility ?? null) || '–',
                    )}
                  </td>
                  <td>
                    {pair(
                      roman(row.from?.furcation ?? null) || '–',
                      roman(row.to?.furcation ?? null) || '–',
                    )}
                  </td>
                  <td>{pair(status(row.from), status(row.to))}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}
