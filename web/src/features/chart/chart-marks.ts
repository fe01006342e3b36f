import type { Finding } from '../../../../shared/contracts/chart.ts'
import {
  isPrimary,
  PERMANENT_TEETH,
  PRIMARY_TEETH,
  positionOf,
  quadrantOf,
  surfaceNotation,
} from '../../../../shared/dental/fdi.ts'
import type { Translate } from '../../i18n/language-provider.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import type { ToothMarks } from './odontogram.tsx'
import { type Dentition, dentitionShowing } from './odontogram-layout.ts'

/** What the odontogram draws for each charted tooth: surfaces filled by status, codes, crosses. */
export function marksOf(findings: readonly Finding[], t: Translate): Map<number, ToothMarks> {
  const marks = new Map<number, ToothMarks>()
  for (const finding of findings) {
    const tooth = marks.get(finding.tooth) ?? { surfaces: {}, codes: [], isMissing: false }
    // A planned extraction is not missing yet: it shows as a code in the planned style.
    if (finding.kind === 'missing' && finding.status !== 'planned') tooth.isMissing = true
    else if (finding.surfaces.length > 0) {
      // Findings come oldest first, so the latest on a surface decides its fill.
      for (const surface of finding.surfaces) tooth.surfaces[surface] = finding.status
    } else {
      // One mark per code and status (three notes show one N); the tooth's name lists them all.
      const code = codeOf(finding, t)
      const isShown = tooth.codes.some(
        (mark) => mark.code === code && mark.status === finding.status,
      )
      if (!isShown) tooth.codes.push({ code, status: finding.status })
    }
    marks.set(finding.tooth, tooth)
  }
  return marks
}

/** The short mark under a tooth for a whole-tooth finding ("RCT", "Mob II", "Rec 3"). */
export function codeOf(finding: Finding, t: Translate): string {
  const code = t(`chart.code.${finding.kind}` as MessageKey)
  if (finding.kind === 'mobility' && finding.mobilityGrade !== null) {
    return `${code} ${MILLER[finding.mobilityGrade] ?? finding.mobilityGrade}`
  }
  if (finding.kind === 'recession' && finding.recessionMm !== null) {
    return `${code} ${finding.recessionMm}`
  }
  return code
}

/** Miller's grades are written in Roman numerals. */
export const MILLER = ['0', 'I', 'II', 'III'] as const

/**
 * The teeth drawn and the rows they need. Permanent or primary shows that set whole; when the
 * other set has findings (or was marked present), the chart becomes mixed and shows those few
 * teeth of the other set too, e.g. a retained 85 among 41–48.
 */
export function visibleTeeth(
  preferred: Dentition,
  charted: ReadonlySet<number>,
  present: ReadonlySet<number>,
): { dentition: Dentition; teeth: Set<number> } {
  const extra = [...charted, ...present]
  const dentition = dentitionShowing(extra, preferred)
  const wanted = (tooth: number) => charted.has(tooth) || present.has(tooth)
  const teeth =
    preferred === 'primary'
      ? [...PRIMARY_TEETH, ...PERMANENT_TEETH.filter(wanted)]
      : [...PERMANENT_TEETH, ...PRIMARY_TEETH.filter(wanted)]
  return { dentition, teeth: new Set(teeth) }
}

/** "upper right first molar" in the screen's language. */
export function toothName(tooth: number, t: Translate): string {
  const quadrant = quadrantOf(tooth)
  const side = t(`chart.quadrant.${isPrimary(tooth) ? quadrant - 4 : quadrant}` as MessageKey)
  if (isPrimary(tooth)) {
    const position = t(`chart.primaryPosition.${positionOf(tooth)}` as MessageKey)
    return t('chart.primaryToothName', { side, position })
  }
  const position = t(`chart.position.${positionOf(tooth)}` as MessageKey)
  return t('chart.toothName', { side, position })
}

/** One finding in words: "Caries MO, planned" or "Crown, zirconia, existing". */
export function findingText(finding: Finding, t: Translate): string {
  const parts = [t(`chart.kind.${finding.kind}` as MessageKey)]
  if (finding.surfaces.length > 0)
    parts[0] += ` ${surfaceNotation(finding.tooth, finding.surfaces)}`
  if (finding.material) parts.push(t(`chart.material.${finding.material}` as MessageKey))
  if (finding.mobilityGrade !== null) {
    parts.push(t('chart.millerGrade', { grade: MILLER[finding.mobilityGrade] ?? '' }))
  }
  if (finding.recessionMm !== null) {
    parts.push(t('chart.recessionMm', { mm: String(finding.recessionMm) }))
  }
  parts.push(t(`chart.status.${finding.status}` as MessageKey))
  return parts.join(', ')
}

/** A tooth button's accessible name: number, name and every live finding in words. */
export function describeTooth(tooth: number, findings: readonly Finding[], t: Translate): string {
  const own = findings.filter((finding) => finding.tooth === tooth)
  const said =
    own.length === 0 ? t('chart.noFindings') : own.map((f) => findingText(f, t)).join('; ')
  return `${tooth} ${toothName(tooth, t)}: ${said}`
}
