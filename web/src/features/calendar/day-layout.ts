// Where each appointment sits in a calendar column. Pure, so it is tested without a browser.

/** The grid's smallest unit: rows are 5 minutes, so blocks start where they really start. */
export const ROW_MINUTES = 5

export interface Axis {
  /** Minutes after midnight at the top of the grid (a whole hour). */
  start: number
  /** Minutes after midnight at the bottom (a whole hour). */
  end: number
}

/**
 * Blocks shorter than this many rows (30 minutes) have room for one line of text only (rows are
 * 0.5rem, see calendar.css), so they show the patient's name on that line instead of the time.
 */
export const ONE_LINE_BELOW_ROWS = 30 / ROW_MINUTES

/** Whether a placed block is too short for more than one line of text. */
export function isOneLineBlock(placed: { rowStart: number; rowEnd: number }): boolean {
  return placed.rowEnd - placed.rowStart < ONE_LINE_BELOW_ROWS
}

export const defaultAxis: Axis = { start: 8 * 60, end: 21 * 60 }

export interface Timed {
  /** Minutes after midnight, clinic-local. */
  start: number
  end: number
}

export interface Placed<T> {
  item: T
  /** 1-based CSS grid lines: grid-row: rowStart / rowEnd. */
  rowStart: number
  rowEnd: number
  /** Side by side with the blocks it overlaps: lane 0 … lanes - 1. */
  lane: number
  lanes: number
}

/** The axis widened to whole hours so that nothing of `spans` falls outside it. */
export function axisFor(spans: readonly Timed[], base: Axis = defaultAxis): Axis {
  let { start, end } = base
  for (const span of spans) {
    start = Math.min(start, Math.floor(span.start / 60) * 60)
    end = Math.max(end, Math.ceil(span.end / 60) * 60)
  }
  return { start: Math.max(0, start), end: Math.min(24 * 60, end) }
}

/** The 1-based grid line at `minutes` (clamped to the axis). */
export function rowLine(minutes: number, axis: Axis): number {
  const clamped = Math.min(Math.max(minutes, axis.start), axis.end)
  return Math.floor((clamped - axis.start) / ROW_MINUTES) + 1
}

/** How many 5-minute rows the axis has. */
export function rowCount(axis: Axis): number {
  return (axis.end - axis.start) / ROW_MINUTES
}

/**
 * Places items in one column: each gets its rows, and items that overlap (directly or through
 * others) share the width in lanes, the earliest-starting on the left.
 */
export function layoutColumn<T>(
  items: readonly T[],
  timeOf: (item: T) => Timed,
  axis: Axis,
): Placed<T>[] {
  const sorted = [...items]
    .map((item) => ({ item, ...timeOf(item) }))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const placed: Placed<T>[] = []
  let cluster: { placed: Placed<T>; end: number }[] = []
  let laneEnds: number[] = []
  let clusterEnd = -1
  const closeCluster = () => {
    for (const member of cluster) member.placed.lanes = laneEnds.length
    cluster = []
    laneEnds = []
  }
  for (const entry of sorted) {
    // Nothing earlier reaches this start: a new group of overlapping blocks begins.
    if (entry.start >= clusterEnd) closeCluster()
    clusterEnd = Math.max(clusterEnd, entry.end)
    let lane = laneEnds.findIndex((end) => end <= entry.start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = entry.end
    const rowStart = rowLine(entry.start, axis)
    // A block is at least one row tall, so a 0–4 minute remainder is still clickable.
    const rowEnd = Math.max(rowLine(entry.end, axis), rowStart + 1)
    const item: Placed<T> = { item: entry.item, rowStart, rowEnd, lane, lanes: 1 }
    cluster.push({ placed: item, end: entry.end })
    placed.push(item)
  }
  closeCluster()
  return placed
}
