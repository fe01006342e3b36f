import { useId } from 'react'
import { formatPaise } from '../../../../shared/format/index.ts'

export interface MoneyBar {
  key: string
  label: string
  paise: number
}

const BOX = { width: 520, height: 220, left: 16, right: 16, top: 28, bottom: 44 }

/**
 * Amounts people compare (collections by mode, outstanding by age) as bars, each with its amount
 * written above it and its name under it. The same figures follow in a table, which is what a
 * screen reader reads (the drawing is one named image: WCAG 2.2 SC 1.1.1), and nothing depends on
 * colour (SC 1.4.1).
 */
export function MoneyBarChart({
  title,
  bars,
  nameHeader,
  amountHeader,
}: {
  title: string
  bars: readonly MoneyBar[]
  nameHeader: string
  amountHeader: string
}) {
  const id = useId()
  const largest = Math.max(1, ...bars.map((bar) => bar.paise))
  const plotHeight = BOX.height - BOX.top - BOX.bottom
  const slot = (BOX.width - BOX.left - BOX.right) / Math.max(1, bars.length)
  const barWidth = slot * 0.6
  return (
    <figure className="money-figure" aria-labelledby={`${id}-title`}>
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
        <line
          x1={BOX.left}
          x2={BOX.width - BOX.right}
          y1={BOX.height - BOX.bottom}
          y2={BOX.height - BOX.bottom}
          className="money-axis"
        />
        {bars.map((bar, index) => {
          // Integer paise scaled to pixels: drawing only, never money maths.
          const height = (bar.paise / largest) * plotHeight
          const x = BOX.left + index * slot + (slot - barWidth) / 2
          const y = BOX.height - BOX.bottom - height
          return (
            <g key={bar.key}>
              <rect x={x} y={y} width={barWidth} height={height} className="money-bar" />
              <text x={x + barWidth / 2} y={y - 8} textAnchor="middle" className="money-value">
                {formatPaise(bar.paise)}
              </text>
              <text
                x={x + barWidth / 2}
                y={BOX.height - BOX.bottom + 24}
                textAnchor="middle"
                className="money-tick"
              >
                {bar.label}
              </text>
            </g>
          )
        })}
      </svg>
      <table id={`${id}-table`} className="data-table money-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" className="numeric">
              {amountHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td className="numeric">{formatPaise(bar.paise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
