export interface ReportRow {
  benchmark: string
  throughput: string
  p50Ms: number
  p99Ms: number
  samples: number
  notes: string
}

const headings = ['Benchmark', 'Throughput', 'p50 ms', 'p99 ms', 'Samples', 'Notes'] as const

/** A plain-text table, one line per benchmark. */
export function formatTable(rows: readonly ReportRow[]): string {
  const cells = rows.map((row) => [
    row.benchmark,
    row.throughput,
    formatMs(row.p50Ms),
    formatMs(row.p99Ms),
    String(row.samples),
    row.notes,
  ])
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => (line[column] ?? '').length)),
  )
  const render = (line: readonly string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd()
  return [
    render(headings),
    widths.map((width) => '-'.repeat(width)).join('-|-'),
    ...cells.map(render),
  ].join('\n')
}

export function formatMs(value: number): string {
  return Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '-'
}

export function formatRate(value: number, unit: string): string {
  return `${Math.round(value).toLocaleString('en-US')} ${unit}`
}
