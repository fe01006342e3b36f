import { type KeyboardEvent, type MouseEvent, useRef } from 'react'
import { isPrimary, type Surface } from '../../../../shared/dental/fdi.ts'
import {
  columnOf,
  type Dentition,
  neighbour,
  rowsFor,
  surfaceRegions,
} from './odontogram-layout.ts'

/** How a finding stands: done elsewhere before, planned here, or done here. */
export type MarkStatus = 'existing' | 'planned' | 'completed'

/** What the chart draws on one tooth. */
export interface ToothMarks {
  /** Surface findings (caries, restorations, sealants): the status decides the fill. */
  surfaces: Partial<Record<Surface, MarkStatus>>
  /** Whole-tooth findings as short codes under the tooth (e.g. "RCT", "Cr"), each with its status. */
  codes: { code: string; status: MarkStatus }[]
  /** Missing (or extracted): drawn crossed out. */
  isMissing: boolean
}

export interface OdontogramProps {
  dentition: Dentition
  /** The teeth drawn (in mixed dentition, only some of one set); all of the dentition's if absent. */
  teeth?: ReadonlySet<number>
  marks: ReadonlyMap<number, ToothMarks>
  selectedTooth: number | null
  selectedSurfaces: readonly Surface[]
  onSelectTooth: (tooth: number) => void
  onToggleSurface: (tooth: number, surface: Surface) => void
  /** The accessible name of a tooth: its number, name and findings in words. */
  describeTooth: (tooth: number) => string
  /** The chart's own accessible name. */
  label: string
  /**
   * Several teeth chosen at once (the plan builder: select teeth → choose a procedure). When
   * given, these teeth show as pressed and a click always reports the tooth (no surface toggling);
   * `selectedTooth` still decides the keyboard's tab stop.
   */
  selectedTeeth?: ReadonlySet<number>
}

const ARROWS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const

/**
 * The dental chart in the dentist's view (patient's right on the left). Each tooth is a real
 * button holding a drawing of its five surfaces: findings filled by status, with a pattern as
 * well as a colour so that status never rests on colour alone; missing teeth crossed out;
 * whole-tooth findings as codes. Click or Enter selects a tooth and the arrow keys move along
 * the arches (one tab stop for the whole chart); a click on a surface of the selected tooth
 * toggles that surface (keyboard users pick surfaces in the panel beside the chart).
 */
export function Odontogram(props: OdontogramProps) {
  const { dentition, marks, selectedTooth, teeth } = props
  const allRows = rowsFor(dentition)
  const shownRows = allRows.map((row) => (teeth ? row.filter((tooth) => teeth.has(tooth)) : row))
  // The arrow keys move among the teeth drawn, skipping rows with none.
  const rows = shownRows.filter((row) => row.length > 0)
  const buttons = useRef(new Map<number, HTMLButtonElement>())
  const tabStop = selectedTooth ?? rows[0]?.[0]

  const onKeyDown = (tooth: number, event: KeyboardEvent<HTMLButtonElement>) => {
    const direction = ARROWS[event.key as keyof typeof ARROWS]
    if (!direction) return
    event.preventDefault()
    buttons.current.get(neighbour(rows, tooth, direction))?.focus()
  }
  const onClick = (tooth: number, event: MouseEvent<HTMLButtonElement>) => {
    const surface = (event.target as Element).getAttribute?.('data-surface') as Surface | null
    if (surface && selectedTooth === tooth && !props.selectedTeeth)
      props.onToggleSurface(tooth, surface)
    else props.onSelectTooth(tooth)
  }

  return (
    <fieldset className={`odontogram odontogram-${dentition}`}>
      <legend className="visually-hidden">{props.label}</legend>
      {shownRows.map((row, rowIndex) => {
        const isLower = rowIndex >= allRows.length / 2
        if (row.length === 0) return null
        return (
          <div
            key={allRows[rowIndex]?.[0]}
            className={[
              'odontogram-row',
              isLower && 'is-lower',
              row.some(isPrimary) && 'is-primary',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            {row.map((tooth) => {
              const toothMarks = marks.get(tooth)
              const column = columnOf(tooth)
              return (
                <button
                  key={tooth}
                  ref={(element) => {
                    if (element) buttons.current.set(tooth, element)
                    else buttons.current.delete(tooth)
                  }}
                  type="button"
                  className="tooth"
                  // Columns 1–8 on the patient's right, then a gap for the midline, then 10–17.
                  style={{ gridColumn: column < 8 ? column + 1 : column + 2 }}
                  tabIndex={tooth === tabStop ? 0 : -1}
                  aria-pressed={
                    props.selectedTeeth ? props.selectedTeeth.has(tooth) : selectedTooth === tooth
                  }
                  aria-label={props.describeTooth(tooth)}
                  data-tooth={tooth}
                  onClick={(event) => onClick(tooth, event)}
                  onKeyDown={(event) => onKeyDown(tooth, event)}
                >
                  <span className="tooth-number">{tooth}</span>
                  <ToothDrawing
                    tooth={tooth}
                    marks={toothMarks}
                    chosen={selectedTooth === tooth ? props.selectedSurfaces : []}
                  />
                  <span className="tooth-codes">
                    {toothMarks?.codes.map(({ code, status }, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: codes repeat and never reorder
                      <span key={index} className={`code-${status}`}>
                        {code}
                      </span>
                    ))}
                  </span>
                </button>
              )
            })}
          </div>
        )
      })}
    </fieldset>
  )
}

const S = 40
const INNER = S / 4
const REGION_POINTS = {
  top: `0,0 ${S},0 ${S - INNER},${INNER} ${INNER},${INNER}`,
  bottom: `0,${S} ${S},${S} ${S - INNER},${S - INNER} ${INNER},${S - INNER}`,
  left: `0,0 ${INNER},${INNER} ${INNER},${S - INNER} 0,${S}`,
  right: `${S},0 ${S - INNER},${INNER} ${S - INNER},${S - INNER} ${S},${S}`,
  centre: `${INNER},${INNER} ${S - INNER},${INNER} ${S - INNER},${S - INNER} ${INNER},${S - INNER}`,
} as const

/** One tooth: four trapezoids around a centre square, each a surface. Decorative: the button names it. */
function ToothDrawing(props: {
  tooth: number
  marks: ToothMarks | undefined
  chosen: readonly Surface[]
}) {
  const regions = surfaceRegions(props.tooth)
  return (
    <svg
      className="tooth-drawing"
      viewBox={`-1 -1 ${S + 2} ${S + 2}`}
      aria-hidden="true"
      focusable="false"
    >
      {(Object.keys(REGION_POINTS) as (keyof typeof REGION_POINTS)[]).map((region) => {
        const surface = regions[region]
        const status = props.marks?.surfaces[surface]
        const classes = [
          'surface',
          status && `mark-${status}`,
          props.chosen.includes(surface) && 'is-chosen',
        ]
        return (
          <polygon
            key={region}
            points={REGION_POINTS[region]}
            className={classes.filter(Boolean).join(' ')}
            data-surface={surface}
          />
        )
      })}
      {props.marks?.isMissing && (
        <g className="tooth-missing">
          <line x1={2} y1={2} x2={S - 2} y2={S - 2} />
          <line x1={S - 2} y1={2} x2={2} y2={S - 2} />
        </g>
      )}
    </svg>
  )
}
