import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'
import { summarise, type TrendPoint } from './chart-scale.ts'

export interface TrendSummaryProps {
  /** Referenced by the chart's aria-describedby. */
  id: string
  unit: string
  series: { name: string; points: TrendPoint[] }[]
  formatValue: (value: number) => string
}

/**
 * The chart in words, over every reading (not only those drawn): latest, lowest and highest,
 * each with its date. Read by everyone, and what a screen reader hears for the chart.
 */
export function TrendSummary({ id, unit, series, formatValue }: TrendSummaryProps) {
  const t = useT()
  const zone = useMe().clinic.timeZone
  const said = (point: TrendPoint) =>
    t('vitals.summary.value', {
      value: formatValue(point.value),
      unit,
      date: formatDate(point.at, zone),
    })
  return (
    <div id={id} className="trend-summary">
      {series.map((item) => {
        const summary = summarise(item.points)
        if (!summary) return null
        return (
          <div key={item.name} className="trend-summary-series">
            {series.length > 1 && <p className="trend-summary-name">{item.name}</p>}
            <dl>
              <div>
                <dt>{t('vitals.summary.latest')}</dt>
                <dd>{said(summary.latest)}</dd>
              </div>
              <div>
                <dt>{t('vitals.summary.lowest')}</dt>
                <dd>{said(summary.lowest)}</dd>
              </div>
              <div>
                <dt>{t('vitals.summary.highest')}</dt>
                <dd>{said(summary.highest)}</dd>
              </div>
            </dl>
          </div>
        )
      })}
    </div>
  )
}
