import { useId } from 'react'
import { formatPaise } from '../../../../shared/format/index.ts'
import type { MessageKey } from '../../i18n/messages.ts'
import { useT } from '../../i18n/use-t.ts'
import type { AgeBucket } from './age-buckets.ts'

const BOX = { width: 480, height: 220, left: 16, right: 16, top: 28, bottom: 44 }

/**
 * Accepted-but-not-booked value by age as bars, each with its amount written above it and its
 * age range under it; the same figures follow in a table, which is what a screen reader reads
 * (the drawing is one named image: WCAG 2.2 SC 1.1.1), and nothing depends on colour (SC 1.4.1).
 */
export function AgeChart({ buckets }: { buckets: readonly AgeBucket[] }) {
  const t = useT()
  const id = useId()
  const largest = Math.max(1, ...buckets.map((bucket) => bucket.valuePaise))
  const plotHeight = BOX.height - BOX.top - BOX.bottom
  const slot = (BOX.width - BOX.left - BOX.right) / buckets.length
  const barWidth = slot * 0.6
  const label = (bucket: AgeBucket) => t(`plans.age.${bucket.key}` as MessageKey)
  return (
    <figure className="age-figure" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="trend-title">
        {t('plans.ageChartTitle')}
      </figcaption>
      <svg
        className="age-chart"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-describedby={`${id}-table`}
        focusable="false"
      >
        <title>{t('plans.ageChartTitle')}</title>
        <line
          x1={BOX.left}
          x2={BOX.width - BOX.right}
          y1={BOX.height - BOX.bottom}
          y2={BOX.height - BOX.bottom}
          className="trend-axis"
        />
        {buckets.map((bucket, index) => {
          // Integer paise scaled to pixels: drawing only, never money maths.
          const height = (bucket.valuePaise / largest) * plotHeight
          const x = BOX.left + index * slot + (slot - barWidth) / 2
          const y = BOX.height - BOX.bottom - height
          return (
            <g key={bucket.key}>
              <rect x={x} y={y} width={barWidth} height={height} className="age-bar" />
              <text x={x + barWidth / 2} y={y - 8} textAnchor="middle" className="trend-value">
                {formatPaise(bucket.valuePaise)}
              </text>
              <text
                x={x + barWidth / 2}
                y={BOX.height - BOX.bottom + 24}
                textAnchor="middle"
                className="trend-tick"
              >
                {label(bucket)}
              </text>
            </g>
          )
        })}
      </svg>
      <table id={`${id}-table`} className="data-table age-table">
        <caption className="visually-hidden">{t('plans.ageChartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.age')}</th>
            <th scope="col">{t('plans.notBooked.plans')}</th>
            <th scope="col">{t('plans.notBooked.value')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={bucket.key}>
              <th scope="row">{label(bucket)}</th>
              <td>{bucket.plans}</td>
              <td>{formatPaise(bucket.valuePaise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
