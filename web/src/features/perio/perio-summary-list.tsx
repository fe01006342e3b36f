import type { PerioSummary } from '../../../../shared/dental/perio-summary.ts'
import { useT } from '../../i18n/use-t.ts'
import { roman } from './perio-layout.ts'
import { siteName } from './perio-words.ts'

/** The figures a periodontal exam is read by (shared/dental/perio-summary.ts), in words. */
export function PerioSummaryList({ summary }: { summary: PerioSummary }) {
  const t = useT()
  const percent = (value: number | null) =>
    value === null ? t('perio.summary.none') : t('perio.percent', { value: value.toFixed(1) })
  const worst = summary.worstInterdentalCal
  const rows: [string, string][] = [
    [t('perio.summary.teethPresent'), String(summary.teethPresent)],
    [t('perio.summary.sitesProbed'), String(summary.sitesProbed)],
    [t('perio.summary.bop'), percent(summary.bleedingOnProbingPercent)],
    [t('perio.summary.plaque'), percent(summary.plaquePercent)],
    [t('perio.summary.ppd4'), String(summary.sitesPpd4OrMore)],
    [t('perio.summary.ppd6'), String(summary.sitesPpd6OrMore)],
    [
      t('perio.summary.worstCal'),
      worst === null
        ? t('perio.summary.none')
        : t('perio.summary.worstCalValue', {
            cal: String(worst.cal),
            tooth: String(worst.tooth),
            site: siteName(t, worst.tooth, worst.site),
          }),
    ],
    [
      t('perio.summary.maxFurcation'),
      summary.maxFurcation === null ? t('perio.summary.none') : roman(summary.maxFurcation),
    ],
    [
      t('perio.summary.maxMobility'),
      summary.maxMobility === null ? t('perio.summary.none') : roman(summary.maxMobility),
    ],
  ]
  return (
    <dl className="perio-summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
