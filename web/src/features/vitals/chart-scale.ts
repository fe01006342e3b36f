/**
 * Scaling for the trend chart, kept apart from drawing so it can be tested: a value axis with
 * round tick values, and points placed evenly by reading. Readings come at irregular visits
 * (weeks, then months apart); evenly spaced, each keeps room for its value and date label, and
 * the exact dates are in the labels and the table.
 */

export interface TrendPoint {
  at: string
  value: number
}

export interface ChartBox {
  width: number
  height: number
  /** Space between the value axis (and the right edge) and the first (and last) reading. */
  inset: number
  /** Room for the value axis labels. */
  left: number
  right: number
  /** Room for the value labels above the highest points. */
  top: number
  /** Room for the date labels. */
  bottom: number
}

export interface ValueScale {
  lower: number
  upper: number
  ticks: number[]
}

/** 1, 2 or 5 times a power of ten: steps a reader can count in. */
function roundStep(rough: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(rough))
  const residual = rough / magnitude
  const factor = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
  return factor * magnitude
}

/**
 * An axis from a round value below the lowest to a round value above the highest. `minimumStep`
 * keeps ticks no finer than the measure is written (1 for whole numbers, 0.1 for one decimal),
 * so two ticks never print the same label.
 */
export function valueScale(values: readonly number[], tickCount = 4, minimumStep = 0): ValueScale {
  if (values.length === 0) return { lower: 0, upper: 1, ticks: [0, 1] }
  let lowest = Math.min(...values)
  let highest = Math.max(...values)
  if (lowest === highest) {
    // One value (or all alike): give it room above and below, so the line is not on an edge.
    const pad = Math.max(1, Math.abs(lowest) * 0.05)
    lowest -= pad
    highest += pad
  }
  const step = Math.max(roundStep((highest - lowest) / tickCount), minimumStep)
  const decimals = Math.max(0, -Math.floor(Math.log10(step)))
  const lower = Math.floor(lowest / step) * step
  const upper = Math.ceil(highest / step) * step
  const ticks: number[] = []
  for (let index = 0; lower + index * step <= upper + step / 2; index++) {
    ticks.push(Number((lower + index * step).toFixed(decimals)))
  }
  return {
    lower: Number(lower.toFixed(decimals)),
    upper: Number(upper.toFixed(decimals)),
    ticks,
  }
}

export interface PlacedPoint extends TrendPoint {
  x: number
  y: number
}

export interface TrendLayout {
  /** The readings' times, oldest first: one x position each. */
  times: string[]
  xOf: (index: number) => number
  ticks: { value: number; y: number }[]
  /** Each series' points placed, in the order the series were given. */
  lines: PlacedPoint[][]
}

/**
 * Places one or more series (blood pressure: systolic and diastolic) on a shared value axis and
 * a shared reading axis, so two values measured together stand one above the other.
 */
export function layoutTrend(
  series: readonly TrendPoint[][],
  box: ChartBox,
  minimumStep = 0,
): TrendLayout {
  const times = [...new Set(series.flat().map((point) => point.at))].sort()
  const scale = valueScale(
    series.flat().map((point) => point.value),
    4,
    minimumStep,
  )
  const plotWidth = box.width - box.left - box.right - 2 * box.inset
  const plotHeight = box.height - box.top - box.bottom
  const xOf = (index: number) =>
    times.length <= 1
      ? box.left + box.inset + plotWidth / 2
      : box.left + box.inset + (index * plotWidth) / (times.length - 1)
  const yOf = (value: number) =>
    box.top + ((scale.upper - value) / (scale.upper - scale.lower)) * plotHeight
  return {
    times,
    xOf,
    ticks: scale.ticks.map((value) => ({ value, y: yOf(value) })),
    lines: series.map((points) =>
      points.map((point) => ({ ...point, x: xOf(times.indexOf(point.at)), y: yOf(point.value) })),
    ),
  }
}

/** The readings a chart draws: the latest `count` times, across all its series. */
export function latestOf(series: readonly TrendPoint[][], count: number): TrendPoint[][] {
  const times = [...new Set(series.flat().map((point) => point.at))].sort()
  const shown = new Set(times.slice(-count))
  return series.map((points) => points.filter((point) => shown.has(point.at)))
}

export interface TrendSummary {
  latest: TrendPoint
  lowest: TrendPoint
  highest: TrendPoint
}

/** Latest, lowest and highest of a series (oldest first), in words beside the chart. */
export function summarise(points: readonly TrendPoint[]): TrendSummary | null {
  const latest = points.at(-1)
  if (!latest) return null
  let lowest = latest
  let highest = latest
  for (const point of points) {
    if (point.value < lowest.value) lowest = point
    if (point.value > highest.value) highest = point
  }
  return { latest, lowest, highest }
}
