import { calAt } from '../../../../shared/dental/perio-summary.ts'
import { useT } from '../../i18n/use-t.ts'
import { chartedTeeth, type PerioDraft, type SiteKey, siteAt, siteKey } from './perio-draft.ts'
import { depthBand, type Jaw, roman, type Side, sitesInView, teethInView } from './perio-layout.ts'
import { sideName, siteName, siteValueText } from './perio-words.ts'

export interface PerioGridProps {
  draft: PerioDraft
  jaw: Jaw
  /** The site the entry is at (highlighted), or null when reading. */
  current: SiteKey | null
  /** A click on a site moves the entry there; absent when the exam is read-only. */
  onPick?: ((key: SiteKey) => void) | undefined
}

/**
 * One jaw of the chart as a table: a column group per tooth (three sites each, as drawn in the
 * dentist's view), rows for mobility and furcation, then pocket depth, recession and the computed
 * attachment level on the buccal and the tongue side. Site cells are not Tab stops (a full mouth
 * is 192 of them): the entry box's arrow keys move through them, and a click or tap jumps there.
 */
export function PerioGrid({ draft, jaw, current, onPick }: PerioGridProps) {
  const t = useT()
  const teeth = teethInView(chartedTeeth(draft), jaw)
  const isUpper = jaw === 'upper'
  const sides: Side[] = isUpper ? ['B', 'L'] : ['L', 'B']

  const toothRow = (label: string, value: (tooth: number) => string) => (
    <tr>
      <th scope="row">{label}</th>
      {teeth.map((tooth) => (
        <td key={tooth} colSpan={3} className="perio-tooth-value">
          {draft.teeth[tooth]?.missing ? '' : value(tooth)}
        </td>
      ))}
    </tr>
  )

  const siteRows = (side: Side) => {
    const sideLabel = sideName(t, isUpper, side)
    return (
      <>
        <tr className="perio-depth-row">
          <th scope="row">{t('perio.row.depth', { side: sideLabel })}</th>
          {teeth.flatMap((tooth) =>
            sitesInView(tooth, side).map((site) => {
              const key = siteKey(tooth, site)
              const measure = siteAt(draft, tooth, site)
              const missing = draft.teeth[tooth]?.missing ?? false
              const band = depthBand(measure?.ppd ?? null)
              const label = `${tooth} ${siteName(t, tooth, site)}: ${siteValueText(t, measure)}`
              const content = (
                <>
                  <span className="perio-depth">{missing ? '' : (measure?.ppd ?? '·')}</span>
                  <span className="perio-marks" aria-hidden="true">
                    {measure?.bleeding && <span className="perio-mark-bleeding">B</span>}
                    {measure?.suppuration && <span className="perio-mark-suppuration">S</span>}
                    {measure?.plaque && <span className="perio-mark-plaque">P</span>}
                  </span>
                </>
              )
              const classes = [
                'perio-site',
                `perio-band-${band}`,
                key === current ? 'perio-current' : '',
                missing ? 'perio-missing' : '',
              ]
                .filter(Boolean)
                .join(' ')
              return (
                <td key={key} className={classes} data-site={key}>
                  {onPick && !missing ? (
                    <button
                      type="button"
                      tabIndex={-1}
                      aria-current={key === current ? 'location' : undefined}
                      onClick={() => onPick(key)}
                    >
                      {/* The short figures are for the eye; the name says them in words. */}
                      <span aria-hidden="true">{content}</span>
                      <span className="visually-hidden">{label}</span>
                    </button>
                  ) : (
                    <>
                      <span aria-hidden="true">{content}</span>
                      {!missing && <span className="visually-hidden">{label}</span>}
                    </>
                  )}
                </td>
              )
            }),
          )}
        </tr>
        <tr>
          <th scope="row">{t('perio.row.recession', { side: sideLabel })}</th>
          {teeth.flatMap((tooth) =>
            sitesInView(tooth, side).map((site) => {
              const key = siteKey(tooth, site)
              const measure = siteAt(draft, tooth, site)
              return (
                <td
                  key={key}
                  className={`perio-site perio-small${key === current ? ' perio-current' : ''}`}
                >
                  {draft.teeth[tooth]?.missing ? '' : (measure?.recession ?? '')}
                </td>
              )
            }),
          )}
        </tr>
        <tr>
          <th scope="row">{t('perio.row.cal', { side: sideLabel })}</th>
          {teeth.flatMap((tooth) =>
            sitesInView(tooth, side).map((site) => {
              const key = siteKey(tooth, site)
              const measure = siteAt(draft, tooth, site)
              const cal = measure && !draft.teeth[tooth]?.missing ? calAt(measure) : null
              return (
                <td key={key} className="perio-site perio-small perio-computed">
                  {cal ?? ''}
                </td>
              )
            }),
          )}
        </tr>
      </>
    )
  }

  return (
    <section
      className="perio-grid-scroll"
      aria-label={isUpper ? t('perio.jaw.upper') : t('perio.jaw.lower')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a jaw wider than a tablet scrolls sideways, so it must take focus for keyboard users to scroll it (WCAG 2.2 SC 2.1.1; axe scrollable-region-focusable).
      tabIndex={0}
    >
      <table className="perio-grid">
        <caption>{isUpper ? t('perio.jaw.upper') : t('perio.jaw.lower')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('perio.tooth')}</th>
            {teeth.map((tooth) => (
              <th
                key={tooth}
                scope="colgroup"
                colSpan={3}
                className={draft.teeth[tooth]?.missing ? 'perio-missing' : undefined}
              >
                {tooth}
                {draft.teeth[tooth]?.missing && (
                  <span className="visually-hidden"> {t('perio.missing')}</span>
                )}
                {draft.teeth[tooth]?.implant && (
                  <abbr title={t('perio.implant')} className="perio-implant">
                    {' '}
                    {t('perio.implantShort')}
                  </abbr>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {siteRows(sides[0] as Side)}
          {toothRow(t('perio.mobility'), (tooth) => roman(draft.teeth[tooth]?.mobility ?? null))}
          {toothRow(t('perio.furcation'), (tooth) => roman(draft.teeth[tooth]?.furcation ?? null))}
          {siteRows(sides[1] as Side)}
        </tbody>
      </table>
    </section>
  )
}
