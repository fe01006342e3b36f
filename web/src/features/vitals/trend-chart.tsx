import { useId } from 'react'
import { formatDate } from '../../../../shared/format/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useMe } from '../auth/use-session.ts'
import { formatOneDecimal } from './bmi.ts'
import { type ChartBox, latestOf, layoutTrend, type TrendPoint } from './chart-scale.ts'
import { TrendSummary } from './trend-summary.tsx'

/** The readings a chart draws: enough to see a trend, few enough that every label is readable. */
export const CHART_READINGS = 8

// The bottom leaves room for a value written under the lowest point, then the dates under it.
const BOX: ChartBox = {
  width: 640,
  height: 280,
  left: 52,
  right: 16,
  inset: 36,
  top: 28,
  bottom: 72,
}

/** How each series is told apart without colour: its line's dashes and its marker's shape. */
const SERIES_STYLE = [
  { className: 'trend-line-first', dash: undefined, marker: 'circle' },
  { className: 'trend-line-second', dash: '6 4', marker: 'square' },
] as const

export interface TrendChartProps {
  /** The measure's name, for the title. */
  measure: string
  unit: string
  /** One series, or two drawn together (blood pressure), each oldest first. */
  series: { name: string; points: TrendPoint[] }[]
  /** Measures written with one decimal (temperature, weight, BMI); others are whole. */
  isDecimal: boolean
}

/**
 * A small line chart of one measure: value axis with round ticks and its unit, the reading dates
 * along the bottom, each value written at its point, and a legend that names series in words,
 * so nothing depends on colour (WCAG 2.2 SC 1.4.1). The drawing is one image to screen readers,
 * named by its title and described by the summary (latest, lowest, highest) printed with it; the
 * table of readings carries every value too (SC 1.1.1).
 */
export function TrendChart({ measure, unit, series, isDecimal }: TrendChartProps) {
  const t = useT()
  const zone = useMe().clinic.timeZone
  const id = useId()
  const shown = latestOf(
    series.map((item) => item.points),
    CHART_READINGS,
  )
  const layout = layoutTrend(shown, BOX, isDecimal ? 0.1 : 1)
  const formatValue = isDecimal ? formatOneDecimal : String
  const count = layout.times.length
  if (count === 0) return <p className="muted">{t('vitals.noReadings', { measure })}</p>
  const title =
    count === 1
      ? t('vitals.chartTitleOne', { measure, unit })
      : t('vitals.chartTitle', { measure, unit, count: String(count) })
  const plotBottom = BOX.height - BOX.bottom
  const isPair = series.length > 1

  return (
    <figure className="trend-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="trend-title">
        {title}
      </figcaption>
      {isPair && (
        <ul className="trend-legend">
          {series.map((item, index) => (
            <li key={item.name}>
              <svg width="36" height="14" aria-hidden="true" focusable="false">
                <line
                  x1="2"
                  y1="7"
                  x2="34"
                  y2="7"
                  className={SERIES_STYLE[index]?.className}
                  strokeDasharray={SERIES_STYLE[index]?.dash}
                />
                <Marker x={18} y={7} shape={SERIES_STYLE[index]?.marker ?? 'circle'} />
              </svg>
              {item.name}
            </li>
          ))}
        </ul>
      )}
      <svg
        className="trend-chart"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-describedby={`${id}-summary`}
        focusable="false"
      >
        <title>{title}</title>
        <text x={BOX.left - 8} y={BOX.top - 14} className="trend-axis-title" textAnchor="end">
          {unit}
        </text>
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={BOX.left}
              x2={BOX.width - BOX.right}
              y1={tick.y}
              y2={tick.y}
              className="trend-grid"
            />
            <text x={BOX.left - 8} y={tick.y + 4} textAnchor="end" className="trend-tick">
              {formatValue(tick.value)}
            </text>
          </g>
        ))}
        <line x1={BOX.left} x2={BOX.left} y1={BOX.top} y2={plotBottom} className="trend-axis" />
        {layout.times.map((at, index) => (
          <text
            key={at}
            x={layout.xOf(index)}
            y={plotBottom + 40}
            textAnchor="middle"
            className="trend-tick"
          >
            {formatDate(at, zone)}
          </text>
        ))}
        <text
          x={BOX.left + (BOX.width - BOX.left - BOX.right) / 2}
          y={BOX.height - 8}
          textAnchor="middle"
          className="trend-axis-title"
        >
          {t('vitals.axisDate')}
        </text>
        {layout.lines.map((points, index) => {
          const style = SERIES_STYLE[index] ?? SERIES_STYLE[0]
          // The second series of a pair (diastolic, always the lower) writes its values below
          // its points, so the two labels of one reading never overlap.
          const labelOffset = index === 1 ? 18 : -10
          return (
            <g key={series[index]?.name ?? index}>
              {points.length > 1 && (
                <polyline
                  points={points.map((point) => `${point.x},${point.y}`).join(' ')}
                  className={style.className}
                  strokeDasharray={style.dash}
                />
              )}
              {points.map((point) => (
                <g key={point.at}>
                  <Marker x={point.x} y={point.y} shape={style.marker} />
                  <text
                    x={point.x}
                    y={point.y + labelOffset}
                    textAnchor="middle"
                    className="trend-value"
                  >
                    {formatValue(point.value)}
                  </text>
                </g>
              ))}
            </g>
          )
        })}
      </svg>
      <TrendSummary id={`${id}-summary`} unit={unit} series={series} formatValue={formatValue} />
    </figure>
  )
}

function Marker({ x, y, shape }: { x: number; y: number; shape: 'circle' | 'square' }) {
  return shape === 'circle' ? (
    <circle cx={x} cy={y} r={4.5} className="trend-marker" />
  ) : (
    <rect x={x - 4.5} y={y - 4.5} width={9} height={9} className="trend-marker" />
  )
}
