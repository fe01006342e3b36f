import { useId } from 'react'
import { summarisePerio } from '../../../../shared/dental/perio-summary.ts'
import { useT } from '../../i18n/use-t.ts'
import { chartedTeeth, examDataOf, isProbed, type PerioDraft, siteAt } from './perio-draft.ts'
import { depthBand, type Jaw, type Side, sitesInView, teethInView } from './perio-layout.ts'
import { sideName } from './perio-words.ts'

const BAR = 6
const GAP = 2
const TOOTH_GAP = 6
const SCALE = 5 // px per mm
const MAX_MM = 12
const ROW_HEIGHT = MAX_MM * SCALE + 16

/**
 * Pocket depths as bars, one per site, buccal and tongue-side rows of each jaw in the dentist's
 * view. Depth bands differ by fill and pattern, not colour alone (WCAG 2.2 SC 1.4.1): 4–5 mm is
 * a solid amber bar, 6 mm and more a dark red bar with a hatched cap, bleeding a dot above the bar
 * with the letter B in the legend; the legend says each in words and the figure has a text summary.
 */
export function DepthChart({ draft }: { draft: PerioDraft }) {
  const t = useT()
  const id = useId()
  const summary = summarisePerio(examDataOf(draft))
  const rows: { jaw: Jaw; side: Side }[] = [
    { jaw: 'upper', side: 'B' },
    { jaw: 'upper', side: 'L' },
    { jaw: 'lower', side: 'L' },
    { jaw: 'lower', side: 'B' },
  ]
  const allTeeth = chartedTeeth(draft)
  const widthOf = (jaw: Jaw) => teethInView(allTeeth, jaw).length * (3 * (BAR + GAP) + TOOTH_GAP)
  const width = Math.max(widthOf('upper'), widthOf('lower')) + 90
  const height = rows.length * ROW_HEIGHT + 10
  const description = t('perio.chart.description', {
    sites: String(summary.sitesProbed),
    four: String(summary.sitesPpd4OrMore),
    six: String(summary.sitesPpd6OrMore),
    bleeding: String(
      Object.values(draft.sites).filter((s) => s.bleeding && isProbed(draft, s.tooth)).length,
    ),
  })

  return (
    <figure className="perio-chart">
      <figcaption id={`${id}-caption`}>{t('perio.chart.heading')}</figcaption>
      <section
        className="perio-chart-scroll"
        aria-label={t('perio.chart.heading')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart scrolls sideways on a narrow screen, so it must take focus for keyboard users to scroll it (WCAG 2.2 SC 2.1.1).
        tabIndex={0}
      >
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={`${t('perio.chart.heading')}. ${description}`}
        >
          <defs>
            <pattern
              id={`${id}-hatch`}
              width="4"
              height="4"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="4" height="4" fill="#b42318" />
              <line x1="0" y1="0" x2="0" y2="4" stroke="#ffffff" strokeWidth="1.5" />
            </pattern>
          </defs>
          {rows.map(({ jaw, side }, rowIndex) => {
            const top = rowIndex * ROW_HEIGHT + 12
            // Upper rows hang down from the gum line, lower rows grow up to it, as on a chart.
            const base = jaw === 'upper' ? top : top + MAX_MM * SCALE
            let x = 90
            return (
              <g key={`${jaw}-${side}`}>
                <text x={0} y={top + (MAX_MM * SCALE) / 2} className="perio-chart-label">
                  {`${jaw === 'upper' ? t('perio.jaw.upperShort') : t('perio.jaw.lowerShort')} ${sideName(t, jaw === 'upper', side)}`}
                </text>
                <line x1={88} x2={width} y1={base} y2={base} className="perio-chart-axis" />
                {[4, 6].map((mm) => {
                  const y = jaw === 'upper' ? base + mm * SCALE : base - mm * SCALE
                  return (
                    <line
                      key={mm}
                      x1={88}
                      x2={width}
                      y1={y}
                      y2={y}
                      className={`perio-chart-threshold perio-chart-threshold-${mm}`}
                    />
                  )
                })}
                {teethInView(allTeeth, jaw).map((tooth) => {
                  const start = x
                  x += 3 * (BAR + GAP) + TOOTH_GAP
                  if (!isProbed(draft, tooth)) return null
                  return sitesInView(tooth, side).map((site, index) => {
                    const measure = siteAt(draft, tooth, site)
                    const ppd = measure?.ppd ?? null
                    if (ppd === null) return null
                    const barX = start + index * (BAR + GAP)
                    const length = Math.min(ppd, MAX_MM) * SCALE
                    const band = depthBand(ppd)
                    const y = jaw === 'upper' ? base : base - length
                    return (
                      <g key={site}>
                        <rect
                          x={barX}
                          y={y}
                          width={BAR}
                          height={Math.max(length, 1)}
                          className={`perio-bar perio-bar-${band}`}
                          fill={band === 'deep' ? `url(#${id}-hatch)` : undefined}
                        />
                        {measure?.bleeding && (
                          <circle
                            cx={barX + BAR / 2}
                            cy={jaw === 'upper' ? base + length + 5 : base - length - 5}
                            r={2.5}
                            className="perio-bar-bleeding"
                          />
                        )}
                      </g>
                    )
                  })
                })}
              </g>
            )
          })}
        </svg>
      </section>
      <p id={`${id}-description`} className="muted">
        {description}
      </p>
      <ul className="perio-legend" aria-label={t('perio.legend')}>
        <li>
          <span className="perio-swatch perio-bar-shallow" aria-hidden="true" />
          {t('perio.legend.shallow')}
        </li>
        <li>
          <span className="perio-swatch perio-bar-moderate" aria-hidden="true" />
          {t('perio.legend.moderate')}
        </li>
        <li>
          <span className="perio-swatch perio-swatch-deep" aria-hidden="true" />
          {t('perio.legend.deep')}
        </li>
        <li>
          <span className="perio-swatch-dot" aria-hidden="true" />
          {t('perio.legend.bleeding')}
        </li>
        <li>{t('perio.legend.letters')}</li>
      </ul>
    </figure>
  )
}
