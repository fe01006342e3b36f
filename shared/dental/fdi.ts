/**
 * FDI two-digit tooth notation (ISO 3950) and the facts every dental screen and rule needs.
 * See: ../shared/reference/india-domain.md §9.1 (notation), §9.2 (surfaces), §9.4 (probing).
 *
 * First digit: quadrant. Permanent 1 upper right, 2 upper left, 3 lower left, 4 lower right;
 * primary 5–8 in the same order. Second digit: position from the midline (1 central incisor
 * … 8 third molar; primary 1–5).
 */

const range = (quadrant: number, last: number) =>
  Array.from({ length: last }, (_, index) => quadrant * 10 + index + 1)

/** 11–18, 21–28, 31–38, 41–48, in quadrant order. */
export const PERMANENT_TEETH: readonly number[] = [1, 2, 3, 4].flatMap((q) => range(q, 8))
/** 51–55, 61–65, 71–75, 81–85, in quadrant order. */
export const PRIMARY_TEETH: readonly number[] = [5, 6, 7, 8].flatMap((q) => range(q, 5))
export const ALL_TEETH: readonly number[] = [...PERMANENT_TEETH, ...PRIMARY_TEETH]

const VALID = new Set(ALL_TEETH)

/** Whether `tooth` is a valid FDI code (permanent or primary); mixed dentition is allowed. */
export function isTooth(tooth: number): boolean {
  return Number.isInteger(tooth) && VALID.has(tooth)
}

export function quadrantOf(tooth: number): number {
  return Math.floor(tooth / 10)
}

export function positionOf(tooth: number): number {
  return tooth % 10
}

export function isPrimary(tooth: number): boolean {
  return quadrantOf(tooth) >= 5
}

/** Upper jaw: quadrants 1, 2, 5, 6. */
export function isMaxillary(tooth: number): boolean {
  return [1, 2, 5, 6].includes(quadrantOf(tooth))
}

/** Patient's right side: quadrants 1, 4, 5, 8 (drawn on the left in the dentist's view). */
export function isRightSide(tooth: number): boolean {
  return [1, 4, 5, 8].includes(quadrantOf(tooth))
}

/** Incisors and canines (positions 1–3), which have an incisal edge instead of an occlusal surface. */
export function isAnterior(tooth: number): boolean {
  return positionOf(tooth) <= 3
}

export function isPosterior(tooth: number): boolean {
  return !isAnterior(tooth)
}

/**
 * Teeth with a furcation (Glickman grading applies): permanent molars, maxillary first
 * premolars (usually two roots), and primary molars.
 */
export function isMultiRooted(tooth: number): boolean {
  const position = positionOf(tooth)
  if (isPrimary(tooth)) return position >= 4
  return position >= 6 || (isMaxillary(tooth) && position === 4)
}

/**
 * Stored surface codes. M mesial, D distal, O occlusal (posteriors), I incisal (anteriors),
 * B the cheek/lip side (buccal on posteriors, labial on anteriors; "facial" for both),
 * L the tongue side (lingual; palatal on upper teeth).
 */
export const SURFACES = ['M', 'O', 'I', 'D', 'B', 'L'] as const
export type Surface = (typeof SURFACES)[number]

/** Other names clinicians write for the same surfaces (india-domain §9.2). */
const SURFACE_ALIASES: Readonly<Record<string, Surface>> = {
  M: 'M',
  O: 'O',
  I: 'I',
  D: 'D',
  B: 'B',
  LA: 'B',
  F: 'B',
  L: 'L',
  P: 'L',
}

/** The stored code for a surface as written (`La`, `F`, `P` included), or undefined. */
export function surfaceCode(written: string): Surface | undefined {
  return SURFACE_ALIASES[written.trim().toUpperCase()]
}

/** The surfaces a tooth has: I only on anteriors, O only on posteriors. */
export function surfacesOf(tooth: number): readonly Surface[] {
  return isAnterior(tooth) ? ['M', 'I', 'D', 'B', 'L'] : ['M', 'O', 'D', 'B', 'L']
}

/** How a surface is labelled on this tooth: La on anteriors, P on upper teeth. */
export function surfaceLabel(tooth: number, surface: Surface): string {
  if (surface === 'B') return isAnterior(tooth) ? 'La' : 'B'
  if (surface === 'L') return isMaxillary(tooth) ? 'P' : 'L'
  return surface
}

/** Surfaces in the conventional order for writing them together: MODBL (e.g. "MO", "MOD"). */
export function surfaceNotation(tooth: number, surfaces: readonly Surface[]): string {
  const order: readonly Surface[] = ['M', 'O', 'I', 'D', 'B', 'L']
  return order
    .filter((surface) => surfaces.includes(surface))
    .map((surface) => surfaceLabel(tooth, surface))
    .join('')
}

const POSITION_NAMES = [
  '',
  'central incisor',
  'lateral incisor',
  'canine',
  'first premolar',
  'second premolar',
  'first molar',
  'second molar',
  'third molar',
]
const PRIMARY_POSITION_NAMES = [
  '',
  'central incisor',
  'lateral incisor',
  'canine',
  'first molar',
  'second molar',
]
const QUADRANT_NAMES = ['', 'upper right', 'upper left', 'lower left', 'lower right']

/** "upper right first molar", "lower left primary second molar" (English; screens translate). */
export function toothName(tooth: number): string {
  const quadrant = quadrantOf(tooth)
  const position = positionOf(tooth)
  if (isPrimary(tooth)) {
    return `${QUADRANT_NAMES[quadrant - 4]} primary ${PRIMARY_POSITION_NAMES[position]}`
  }
  return `${QUADRANT_NAMES[quadrant]} ${POSITION_NAMES[position]}`
}

/** The six probing sites of a tooth: distal, middle and mesial on each side. */
export const PERIO_SITES = ['DB', 'B', 'MB', 'DL', 'L', 'ML'] as const
export type PerioSite = (typeof PERIO_SITES)[number]

/**
 * The usual probing path over the teeth present (india-domain §9.4): upper buccal from the
 * patient's right (18) to left (28), back along the upper palatal side (28 to 18), then
 * down to the lower lingual side from right (48) to left (38), and back along the lower
 * buccal side (38 to 48). Along each pass the probe walks distal-to-mesial on one side of
 * the midline and mesial-to-distal on the other.
 */
export function probingPath(teeth: readonly number[]): { tooth: number; site: PerioSite }[] {
  const present = new Set(teeth)
  // Quadrant columns from the patient's right to left, upper and lower; primary teeth sit in
  // the same columns as the permanent ones they precede.
  const upper = [
    ...[...range(1, 8), ...range(5, 5)].sort(bySideThenPosition(true)),
    ...[...range(2, 8), ...range(6, 5)].sort(bySideThenPosition(false)),
  ].filter((tooth) => present.has(tooth))
  const lower = [
    ...[...range(4, 8), ...range(8, 5)].sort(bySideThenPosition(true)),
    ...[...range(3, 8), ...range(7, 5)].sort(bySideThenPosition(false)),
  ].filter((tooth) => present.has(tooth))
  const pass = (row: number[], side: 'B' | 'L') =>
    row.flatMap((tooth) => {
      // Walking from the patient's right to left: on the right side distal comes first.
      const first = isRightSide(tooth) ? 'D' : 'M'
      const last = first === 'D' ? 'M' : 'D'
      return [`${first}${side}`, side, `${last}${side}`].map((site) => ({
        tooth,
        site: site as PerioSite,
      }))
    })
  const reverse = (steps: { tooth: number; site: PerioSite }[]) => [...steps].reverse()
  return [
    ...pass(upper, 'B'),
    ...reverse(pass(upper, 'L')),
    ...pass(lower, 'L'),
    ...reverse(pass(lower, 'B')),
  ]
}

/** Right side: distal (high position) first; left side: mesial (low position) first. */
function bySideThenPosition(rightSide: boolean) {
  return (a: number, b: number) =>
    rightSide ? positionOf(b) - positionOf(a) : positionOf(a) - positionOf(b)
}
