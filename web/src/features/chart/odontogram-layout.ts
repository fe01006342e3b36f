import {
  isMaxillary,
  isRightSide,
  PERMANENT_TEETH,
  PRIMARY_TEETH,
  positionOf,
  quadrantOf,
  type Surface,
  surfacesOf,
} from '../../../../shared/dental/fdi.ts'

/**
 * Where each tooth and surface goes on the odontogram, in the dentist's view: the patient's
 * right on the chart's left (india-domain §9.1), upper arch above the lower.
 */

export type Dentition = 'permanent' | 'primary' | 'mixed'

/** Sixteen columns: 18…11 | 21…28 (primary teeth sit under the permanent ones they precede). */
export const COLUMNS = 16

/** 0–15 from the chart's left: x8 of the patient's right is column 0, the midline between 7 and 8. */
export function columnOf(tooth: number): number {
  return isRightSide(tooth) ? 8 - positionOf(tooth) : 7 + positionOf(tooth)
}

type RowName = 'upperPermanent' | 'upperPrimary' | 'lowerPrimary' | 'lowerPermanent'

const ROWS: Record<Dentition, readonly RowName[]> = {
  permanent: ['upperPermanent', 'lowerPermanent'],
  primary: ['upperPrimary', 'lowerPrimary'],
  mixed: ['upperPermanent', 'upperPrimary', 'lowerPrimary', 'lowerPermanent'],
}

function rowOf(tooth: number): RowName {
  const primary = quadrantOf(tooth) >= 5
  if (isMaxillary(tooth)) return primary ? 'upperPrimary' : 'upperPermanent'
  return primary ? 'lowerPrimary' : 'lowerPermanent'
}

/** The rows shown for a dentition, each its teeth from the chart's left to right. */
export function rowsFor(dentition: Dentition): number[][] {
  return ROWS[dentition].map((row) =>
    [...PERMANENT_TEETH, ...PRIMARY_TEETH]
      .filter((tooth) => rowOf(tooth) === row)
      .sort((a, b) => columnOf(a) - columnOf(b)),
  )
}

/** The dentition that shows every tooth in `teeth`: mixed when both kinds are charted. */
export function dentitionShowing(teeth: readonly number[], preferred: Dentition): Dentition {
  const hasPrimary = teeth.some((tooth) => quadrantOf(tooth) >= 5)
  const hasPermanent = teeth.some((tooth) => quadrantOf(tooth) < 5)
  if (preferred === 'mixed') return 'mixed'
  if ((preferred === 'permanent' && hasPrimary) || (preferred === 'primary' && hasPermanent)) {
    return 'mixed'
  }
  return preferred
}

/**
 * Which surface each part of a tooth's box shows. Upper teeth: buccal/labial at the top
 * (towards the lips), palatal below; lower teeth the other way round. The mesial side faces the
 * midline: the box's right on the patient's right side, its left on the patient's left.
 */
export function surfaceRegions(
  tooth: number,
): Record<'top' | 'bottom' | 'left' | 'right' | 'centre', Surface> {
  const upper = isMaxillary(tooth)
  const right = isRightSide(tooth)
  const centre = surfacesOf(tooth).includes('O') ? 'O' : 'I'
  return {
    top: upper ? 'B' : 'L',
    bottom: upper ? 'L' : 'B',
    left: right ? 'D' : 'M',
    right: right ? 'M' : 'D',
    centre,
  }
}

/** The tooth a keyboard arrow moves to from `tooth` among `rows`, or `tooth` at an edge. */
export function neighbour(
  rows: number[][],
  tooth: number,
  direction: 'left' | 'right' | 'up' | 'down',
): number {
  const rowIndex = rows.findIndex((row) => row.includes(tooth))
  const row = rows[rowIndex]
  if (!row) return tooth
  if (direction === 'left' || direction === 'right') {
    const index = row.indexOf(tooth) + (direction === 'left' ? -1 : 1)
    return row[index] ?? tooth
  }
  const target = rows[rowIndex + (direction === 'up' ? -1 : 1)]
  if (!target) return tooth
  // The nearest column in the row above or below.
  const column = columnOf(tooth)
  return target.reduce((best, candidate) =>
    Math.abs(columnOf(candidate) - column) < Math.abs(columnOf(best) - column) ? candidate : best,
  )
}
