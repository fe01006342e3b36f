import { useState } from 'react'
import type { VitalsTrend } from '../../../../shared/contracts/vitals.ts'
import { useT } from '../../i18n/use-t.ts'
import { SelectField } from '../../ui/select-field.tsx'
import { TrendChart } from './trend-chart.tsx'
import {
  isDecimalMeasure,
  seriesKeysOf,
  TREND_MEASURES,
  type TrendMeasure,
} from './trend-measures.ts'

/** The measure picker and the chart of the measure picked (blood pressure first). */
export function TrendSection({ trend }: { trend: VitalsTrend }) {
  const t = useT()
  const [measure, setMeasure] = useState<TrendMeasure>('bloodPressure')
  const name = t(`vitals.measure.${measure}`)
  const keys = seriesKeysOf(measure)
  const series = keys.map((key) => ({
    name: keys.length > 1 ? t(`vitals.series.${key as 'systolic' | 'diastolic'}`) : name,
    points: trend.series[key],
  }))
  return (
    <section className="vitals-trend" aria-labelledby="vitals-trend-heading">
      <h3 id="vitals-trend-heading">{t('vitals.trendHeading')}</h3>
      <SelectField
        label={t('vitals.measure')}
        name="measure"
        value={measure}
        onChange={(value) => setMeasure(value as TrendMeasure)}
        className="vitals-measure"
      >
        {TREND_MEASURES.map((option) => (
          <option key={option} value={option}>
            {t(`vitals.measure.${option}`)}
          </option>
        ))}
      </SelectField>
      <TrendChart
        measure={name}
        unit={t(`vitals.unit.${measure}`)}
        series={series}
        isDecimal={isDecimalMeasure(measure)}
      />
    </section>
  )
}
