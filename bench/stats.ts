export interface LatencySummary {
  count: number
  meanMs: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export function summarize(latenciesMs: readonly number[]): LatencySummary {
  const sorted = Float64Array.from(latenciesMs).sort()
  const values = Array.from(sorted)
  const total = values.reduce((sum, value) => sum + value, 0)
  return {
    count: values.length,
    meanMs: values.length > 0 ? total / values.length : Number.NaN,
    p50Ms: percentile(values, 50),
    p99Ms: percentile(values, 99),
    maxMs: values.at(-1) ?? Number.NaN,
  }
}
