import { useT } from '../../i18n/use-t.ts'

const STATUSES = ['existing', 'planned', 'completed'] as const

/**
 * The key to the chart's marks, each in words beside a sample drawn exactly as on the teeth:
 * status is told by pattern and outline as well as colour (WCAG 2.2 SC 1.4.1).
 */
export function ChartLegend() {
  const t = useT()
  return (
    <section className="chart-legend" aria-labelledby="chart-legend-heading">
      <h3 id="chart-legend-heading">{t('chart.legendHeading')}</h3>
      <ul>
        {STATUSES.map((status) => (
          <li key={status} data-status={status}>
            <svg
              viewBox="-1 -1 22 22"
              className="legend-sample"
              aria-hidden="true"
              focusable="false"
            >
              <rect x={0} y={0} width={20} height={20} className={`surface mark-${status}`} />
            </svg>
            <span className={`legend-code code-${status}`} aria-hidden="true">
              RCT
            </span>
            {t(`chart.legend.${status}`)}
          </li>
        ))}
        <li data-status="missing">
          <svg viewBox="-1 -1 22 22" className="legend-sample" aria-hidden="true" focusable="false">
            <rect x={0} y={0} width={20} height={20} className="surface" />
            <g className="tooth-missing">
              <line x1={1} y1={1} x2={19} y2={19} />
              <line x1={19} y1={1} x2={1} y2={19} />
            </g>
          </svg>
          {t('chart.legend.missing')}
        </li>
      </ul>
      <p className="muted">{t('chart.legend.codes')}</p>
    </section>
  )
}

/**
 * The planned fill's stripes, defined once for every tooth drawing on the page (CSS refers to it
 * by id). Hidden from assistive technology: it draws nothing by itself.
 */
export function ChartPatterns() {
  return (
    <svg className="chart-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="chart-planned-stripes"
          width="5"
          height="5"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="5" height="5" fill="#fee4e2" />
          <line x1="0" y1="0" x2="0" y2="5" stroke="#b42318" strokeWidth="2" />
        </pattern>
      </defs>
    </svg>
  )
}
