import {
  CAL_WORSENED_MM,
  type PerioComparison,
  type PerioExam,
  type PerioSiteRecord,
  type PerioToothResponse,
} from '../../../shared/contracts/perio.ts'
import { PERIO_SITES } from '../../../shared/dental/fdi.ts'
import { presentListItem } from './present.ts'

const siteValues = (site: PerioSiteRecord | undefined) =>
  site === undefined
    ? null
    : {
        ppd: site.ppd,
        recession: site.recession,
        cal: site.cal,
        bleeding: site.bleeding,
        suppuration: site.suppuration,
        plaque: site.plaque,
      }

const toothValues = (tooth: PerioToothResponse | undefined) =>
  tooth === undefined
    ? null
    : {
        missing: tooth.missing,
        implant: tooth.implant,
        mobility: tooth.mobility,
        furcation: tooth.furcation,
      }

/**
 * Every measurement of two exams side by side, each tooth and site recorded in either. A site
 * is flagged when its clinical attachment level worsened by 2 mm or more: the change a
 * manual probe can tell from measurement error (±1 mm), the usual threshold for progression
 * of periodontitis between examinations.
 */
export function compareExams(from: PerioExam, to: PerioExam): PerioComparison {
  const teeth = [...new Set([...from.teeth, ...to.teeth].map((tooth) => tooth.tooth))]
    .sort((a, b) => a - b)
    .map((tooth) => ({
      tooth,
      from: toothValues(from.teeth.find((t) => t.tooth === tooth)),
      to: toothValues(to.teeth.find((t) => t.tooth === tooth)),
    }))
  const siteTeeth = [...new Set([...from.sites, ...to.sites].map((s) => s.tooth))].sort(
    (a, b) => a - b,
  )
  const sites = siteTeeth.flatMap((tooth) =>
    PERIO_SITES.flatMap((site) => {
      const before = from.sites.find((s) => s.tooth === tooth && s.site === site)
      const after = to.sites.find((s) => s.tooth === tooth && s.site === site)
      if (!before && !after) return []
      const calChange = before?.cal == null || after?.cal == null ? null : after.cal - before.cal
      return [
        {
          tooth,
          site,
          from: siteValues(before),
          to: siteValues(after),
          calChange,
          calWorsened: calChange !== null && calChange >= CAL_WORSENED_MM,
        },
      ]
    }),
  )
  return {
    from: presentListItem(from),
    to: presentListItem(to),
    teeth,
    sites,
    sitesCalWorsened: sites.filter((site) => site.calWorsened).length,
  }
}
