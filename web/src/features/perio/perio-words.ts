import { isMaxillary, type PerioSite } from '../../../../shared/dental/fdi.ts'
import type { PerioSiteMeasure } from '../../../../shared/dental/perio-summary.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import type { MessageKey } from '../../i18n/messages.ts'

/** A site's name on this tooth: the tongue side of an upper tooth is palatal (india-domain §9.2). */
export function siteName(t: Translate, tooth: number, site: PerioSite): string {
  const palatal = isMaxillary(tooth) && site.includes('L')
  const key = palatal ? site.replace('L', 'P') : site
  return t(`perio.site.${key}` as MessageKey)
}

export function sideName(t: Translate, jawIsUpper: boolean, side: 'B' | 'L'): string {
  if (side === 'B') return t('perio.side.buccal')
  return jawIsUpper ? t('perio.side.palatal') : t('perio.side.lingual')
}

/** "4 mm, bleeding, plaque" or "not probed": what a screen reader hears for a site. */
export function siteValueText(t: Translate, measure: PerioSiteMeasure | undefined): string {
  if (!measure || measure.ppd === null) {
    const marks = measure ? markWords(t, measure) : []
    return [t('perio.notProbed'), ...marks].join(', ')
  }
  return [t('perio.mm', { value: String(measure.ppd) }), ...markWords(t, measure)].join(', ')
}

export function markWords(t: Translate, measure: PerioSiteMeasure): string[] {
  return [
    measure.bleeding ? t('perio.mark.bleeding') : null,
    measure.suppuration ? t('perio.mark.suppuration') : null,
    measure.plaque ? t('perio.mark.plaque') : null,
  ].filter((word): word is string => word !== null)
}
