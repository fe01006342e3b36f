import { useId } from 'react'
import { formatPaise } from '../../../../shared/format/index.ts'

export interface TrendPoint {
  key: string
  /** Short label under the group, e.g. "Apr" over "2026". */
  label: string
  sublabel: string
  /** The full name for the table, e.g. "Apr 2026". */
  name: string
  /** Two amounts drawn as bars side by side. */
  first: number
  second: number
  /** The amount drawn as a line across the months. */
  line: number
}

export interface TrendSeriesNames {
  first: string
  second: string
  line: string
}

const BOX = { width: 720, height: 260, left: 16, right: 16, top: 40, bottom: 48 }
const LEGEND_Y = 16

/**
 * Months compared (collected and invoiced as bars, outstanding at each month's end as a line), in
 * the style of MoneyBarChart. The drawing is one named image (WCAG 2.2 SC 1.1.1) described by the
 * table that follows it, which is what a screen reader reads; the two bars differ in fill and
 * outline and the line has square markers, and the legend shows each shape, so nothing depends
 * on colour (SC 1.4.1). Amounts below zero (a month refunding more than it took) are drawn below
 * the axis.
 */
export function MoneyTrendChart({
  title,
  points,
  names,
  monthHeader,
}: {
  title: string
  points: readonly TrendPoint[]
  names: TrendSeriesNames
  monthHeader: string
}) {
  const id = useId()
  const values = points.flatMap((point) => [point.first, point.second, point.line])
  // Integer paise scaled to pixels: drawing only, never money maths.
  const largest = Math.max(1, ...values)
  const smallest = Math.min(0, ...values)
  const plotHeight = BOX.height - BOX.top - BOX.bottom
  const yOf = (paise: number) => BOX.top + ((largest - paise) / (largest - smallest)) * plotHeight
  const zeroY = yOf(0)
  const slot = (BOX.width - BOX.left - BOX.right) / Math.max(1, points.length)
  const barWidth = (slot * 0.7) / 2
  const centre = (index: number) => BOX.left + index * slot + slot / 2
  const linePath = points
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${centre(index)},${yOf(point.line)}`)
    .join(' ')
  const bar = (x: number, paise: number, className: string) => {
    const y = yOf(Math.max(0, paise))
    return (
      <rect
        x={x}
        y={y}
        width={barWidth}
        height={Math.abs(yOf(paise) - zeroY)}
        className={className}
      />
    )
  }
  return (
    <figure className="money-figure money-trend-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="money-figure-title">
        {title}
      </figcaption>
      <svg
        className="money-chart"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-describedby={`${id}-table`}
        focusable="false"
      >
        <title>{title}</title>
        <g className="money-legend">
          <rect x={BOX.left} y={LEGEND_Y - 10} width={12} height={12} className="money-bar" />
          <text x={BOX.left + 18} y={LEGEND_Y} className="money-tick">
            {names.first}
          </text>
          <rect
            x={BOX.left + 200}
            y={LEGEND_Y - 10}
            width={12}
            height={12}
            className="money-bar-second"
          />
          <text x={BOX.left + 218} y={LEGEND_Y} className="money-tick">
            {names.second}
          </text>
          <line
            x1={BOX.left + 400}
            x2={BOX.left + 424}
            y1={LEGEND_Y - 4}
            y2={LEGEND_Y - 4}
            className="money-line"
          />
          <rect x={BOX.left + 408} y={LEGEND_Y - 8} width={8} height={8} className="money-point" />
          <text x={BOX.left + 430} y={LEGEND_Y} className="money-tick">
            {names.line}
          </text>
        </g>
        <line
          x1={BOX.left}
          x2={BOX.width - BOX.right}
          y1={zeroY}
          y2={zeroY}
          className="money-axis"
        />
        {points.map((point, index) => {
          const x = centre(index) - barWidth
          return (
            <g key={point.key}>
              {bar(x, point.first, 'money-bar')}
              {bar(x + barWidth, point.second, 'money-bar-second')}
              <text
                x={centre(index)}
                y={BOX.height - BOX.bottom + 20}
                textAnchor="middle"
                className="money-tick"
              >
                {point.label}
              </text>
              <text
                x={centre(index)}
                y={BOX.height - BOX.bottom + 36}
                textAnchor="middle"
                className="money-tick"
              >
                {point.sublabel}
              </text>
            </g>
          )
        })}
        <path d={linePath} className="money-line" />
        {points.map((point, index) => (
          <rect
            key={point.key}
            x={centre(index) - 4}
            y={yOf(point.line) - 4}
            width={8}
            height={8}
            className="money-point"
          />
        ))}
      </svg>
      <div className="table-scroll">
        <table id={`${id}-table`} className="data-table money-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{monthHeader}</th>
              <th scope="col" className="numeric">
                {names.first}
              </th>
              <th scope="col" className="numeric">
                {names.second}
              </th>
              <th scope="col" className="numeric">
                {names.line}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.key}>
                <th scope="row">{point.name}</th>
                <td className="numeric">{formatPaise(point.first)}</td>
                <td className="numeric">{formatPaise(point.second)}</td>
                <td className="numeric">{formatPaise(point.line)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
