import type { PerioSite } from './fdi.ts'

/**
 * One probing site as recorded. Pocket depth (PPD) and recession are in whole millimetres;
 * recession is negative when the gingival margin sits coronal to the cemento-enamel junction.
 * Clinical attachment level is never entered: it is PPD + recession (calAt).
 */
export interface PerioSiteMeasure {
  tooth: number
  site: PerioSite
  ppd: number | null
  recession: number | null
  bleeding: boolean
  suppuration: boolean
  plaque: boolean
}

/** Per-tooth findings: Miller mobility 0–3, Glickman furcation 1–4 (multi-rooted teeth only). */
export interface PerioToothRecord {
  tooth: number
  missing: boolean
  implant: boolean
  mobility: number | null
  furcation: number | null
}

export interface PerioExamData {
  teeth: readonly PerioToothRecord[]
  sites: readonly PerioSiteMeasure[]
  /** Whether implants are probed and counted like teeth (an option on the exam). */
  includeImplants: boolean
}

export interface PerioSummary {
  teethPresent: number
  sitesProbed: number
  /** Percentages with one decimal; null when no site counts. */
  bleedingOnProbingPercent: number | null
  plaquePercent: number | null
  sitesPpd4OrMore: number
  sitesPpd6OrMore: number
  maxPpd: number | null
  worstInterdentalCal: { tooth: number; site: PerioSite; cal: number } | null
  /** Highest Glickman furcation grade and Miller mobility recorded, null when none. */
  maxFurcation: number | null
  maxMobility: number | null
}

/** Mesial and distal sites: where the 2017 classification reads interdental CAL. */
export const INTERDENTAL_SITES: readonly PerioSite[] = ['DB', 'MB', 'DL', 'ML']

export function isInterdental(site: PerioSite): boolean {
  return INTERDENTAL_SITES.includes(site)
}

/** Clinical attachment level = PPD + recession, or null unless both were measured. */
export function calAt(measure: Pick<PerioSiteMeasure, 'ppd' | 'recession'>): number | null {
  if (measure.ppd === null || measure.recession === null) return null
  return measure.ppd + measure.recession
}

function percent(count: number, of: number): number | null {
  return of === 0 ? null : Math.round((count / of) * 1000) / 10
}

/** Teeth that count in this exam: not missing, and implants only when the exam includes them. */
export function countedTeeth(exam: Pick<PerioExamData, 'teeth' | 'includeImplants'>): Set<number> {
  return new Set(
    exam.teeth
      .filter((tooth) => !tooth.missing && (exam.includeImplants || !tooth.implant))
      .map((tooth) => tooth.tooth),
  )
}

/**
 * The figures a periodontal chart is read by. Bleeding and plaque percentages are over the
 * sites of counted teeth whose pocket was probed (a site with no PPD was not examined).
 */
export function summarisePerio(exam: PerioExamData): PerioSummary {
  const counted = countedTeeth(exam)
  const probed = exam.sites.filter((s) => counted.has(s.tooth) && s.ppd !== null)
  let worst: PerioSummary['worstInterdentalCal'] = null
  for (const s of probed) {
    const cal = calAt(s)
    if (cal === null || !isInterdental(s.site)) continue
    if (worst === null || cal > worst.cal) worst = { tooth: s.tooth, site: s.site, cal }
  }
  const ppds = probed.map((s) => s.ppd as number)
  const teeth = exam.teeth.filter((t) => counted.has(t.tooth))
  const furcations = teeth.flatMap((t) => (t.furcation === null ? [] : [t.furcation]))
  const mobilities = teeth.flatMap((t) => (t.mobility === null ? [] : [t.mobility]))
  return {
    teethPresent: exam.teeth.filter((t) => !t.missing && !t.implant).length,
    sitesProbed: probed.length,
    bleedingOnProbingPercent: percent(probed.filter((s) => s.bleeding).length, probed.length),
    plaquePercent: percent(probed.filter((s) => s.plaque).length, probed.length),
    sitesPpd4OrMore: ppds.filter((p) => p >= 4).length,
    sitesPpd6OrMore: ppds.filter((p) => p >= 6).length,
    maxPpd: ppds.length === 0 ? null : Math.max(...ppds),
    worstInterdentalCal: worst,
    maxFurcation: furcations.length === 0 ? null : Math.max(...furcations),
    maxMobility: mobilities.length === 0 ? null : Math.max(...mobilities),
  }
}
