// What a drag on the calendar means in minutes. Pure: the pointer code measures pixels and this
// turns them into a new start and length, snapped so bookings land on round times.

/** Blocks snap to 5 minutes: fine enough for a 10-minute review, coarse enough to hit. */
export const SNAP_MINUTES = 5
/** The shortest appointment the API accepts. */
export const MIN_DURATION = 5

export type DragMode = 'move' | 'resize'

/** `minutes` rounded to the nearest multiple of `step`. */
export function snap(minutes: number, step: number = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step
}

export interface DragInput {
  mode: DragMode
  /** The appointment before the drag, minutes after midnight and length. */
  start: number
  duration: number
  /** How far the pointer moved down (negative: up), in pixels. */
  deltaY: number
  pixelsPerMinute: number
  /** The grid's hours: a block cannot be dragged off either end. */
  axis: { start: number; end: number }
  step?: number
}

/** The start and length a drag gives: moving keeps the length, resizing keeps the start. */
export function dragResult(input: DragInput): { start: number; duration: number } {
  const step = input.step ?? SNAP_MINUTES
  const delta = input.pixelsPerMinute > 0 ? input.deltaY / input.pixelsPerMinute : 0
  if (input.mode === 'resize') {
    const longest = input.axis.end - input.start
    const duration = snap(input.duration + delta, step)
    return { start: input.start, duration: Math.min(Math.max(duration, MIN_DURATION), longest) }
  }
  const latest = input.axis.end - input.duration
  const start = snap(input.start + delta, step)
  return { start: Math.min(Math.max(start, input.axis.start), latest), duration: input.duration }
}

/** A press that moved less than this is a click (open the details), not a drag. */
export const CLICK_TOLERANCE_PX = 4

export function isDrag(deltaX: number, deltaY: number): boolean {
  return Math.hypot(deltaX, deltaY) >= CLICK_TOLERANCE_PX
}

/** The minutes after midnight under a point `offsetY` pixels below the top of the grid. */
export function minutesAt(offsetY: number, pixelsPerMinute: number, axisStart: number, step = 15) {
  const minutes = axisStart + offsetY / pixelsPerMinute
  return Math.floor(minutes / step) * step
}
