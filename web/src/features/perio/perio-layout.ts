import {
  isMaxillary,
  isRightSide,
  type PerioSite,
  positionOf,
  quadrantOf,
} from '../../../../shared/dental/fdi.ts'

/**
 * Where teeth and sites sit on the chart: the dentist's view, patient's right drawn on the left
 * (india-domain §9.1), so the upper row reads 18 … 11 | 21 … 28 and the lower 48 … 41 | 31 … 38.
 * Within a tooth, distal sites sit away from the midline: on the patient's right the distal site
 * is drawn first (left), on the left side last.
 */
export type Jaw = 'upper' | 'lower'
export type Side = 'B' | 'L'

export function jawOf(tooth: number): Jaw {
  return isMaxillary(tooth) ? 'upper' : 'lower'
}

/** Teeth of a jaw in drawing order; a primary tooth sits just after the permanent one it precedes. */
export function teethInView(teeth: readonly number[], jaw: Jaw): number[] {
  return teeth
    .filter((tooth) => jawOf(tooth) === jaw)
    .sort((a, b) => {
      const aRight = isRightSide(a)
      if (aRight !== isRightSide(b)) return aRight ? -1 : 1
      const byPosition = aRight ? positionOf(b) - positionOf(a) : positionOf(a) - positionOf(b)
      return byPosition !== 0 ? byPosition : quadrantOf(a) - quadrantOf(b)
    })
}

/** A tooth's three sites on one side, left to right as drawn. */
export function sitesInView(tooth: number, side: Side): PerioSite[] {
  const row: PerioSite[] = [`D${side}`, side, `M${side}`]
  return isRightSide(tooth) ? row : row.reverse()
}

/** How a depth is read on the chart (india-domain §9.4): ≥ 6 mm deep, 4–5 mm moderate. */
export type DepthBand = 'none' | 'shallow' | 'moderate' | 'deep'

export function depthBand(ppd: number | null): DepthBand {
  if (ppd === null) return 'none'
  if (ppd >= 6) return 'deep'
  if (ppd >= 4) return 'moderate'
  return 'shallow'
}

const ROMAN = ['0', 'I', 'II', 'III', 'IV'] as const

/** Miller mobility and Glickman furcation grades are written in Roman numerals. */
export function roman(grade: number | null): string {
  return grade === null ? '' : (ROMAN[grade] ?? String(grade))
}
