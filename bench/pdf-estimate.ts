import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { renderEstimatePdf } from '../server/lib/pdf/index.ts'
import { sampleEstimate } from '../server/lib/pdf/sample-estimate.ts'
import { summarize } from './stats.ts'

/**
 * `npm run bench:pdf`: rendering a 3-page treatment estimate (60 items, letterhead with a logo,
 * GST lines, totals) in English and in Hindi, BENCH_RENDERS times each (default 200) after
 * BENCH_WARMUP unmeasured renders (default 20), one after another on one core, as a request
 * would. Prints p50 and p99 in ms, CPU ms per render and pages per second. No database: the
 * PDF kit alone.
 */
const renders = Number(process.env.BENCH_RENDERS ?? 200)
const warmup = Number(process.env.BENCH_WARMUP ?? 20)
const ITEMS = 60

const scratch = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-pdf-'))
try {
  console.log(
    `Node ${process.version}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()}), load ${os.loadavg()[0]?.toFixed(2)}`,
  )
  for (const language of ['en', 'hi'] as const) {
    const input = sampleEstimate(language, ITEMS)
    const first = await renderEstimatePdf(input)
    const pages = pageCount(first)
    for (let i = 0; i < warmup; i++) await renderEstimatePdf(input)
    const latencies: number[] = []
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    for (let i = 0; i < renders; i++) {
      const t0 = performance.now()
      await renderEstimatePdf(input)
      latencies.push(performance.now() - t0)
    }
    const seconds = (performance.now() - started) / 1000
    // CPU time is steadier than wall time on a shared machine: it leaves out waiting for a core.
    const cpu = process.cpuUsage(cpuBefore)
    const cpuMs = (cpu.user + cpu.system) / 1000 / renders
    const summary = summarize(latencies)
    console.log(
      `estimate (${language}, ${ITEMS} items, ${pages} pages, ${Math.round(first.length / 1024)} KB): ` +
        `p50 ${summary.p50Ms.toFixed(1)} ms, p99 ${summary.p99Ms.toFixed(1)} ms, ` +
        `CPU ${cpuMs.toFixed(1)} ms per render, ` +
        `${((renders * pages) / seconds).toFixed(0)} pages/s over ${renders} renders`,
    )
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

/** The page count from pdfinfo (poppler-utils), or from the page objects without it. */
function pageCount(pdf: Buffer): number {
  const file = path.join(scratch, 'estimate.pdf')
  writeFileSync(file, pdf)
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  } catch {
    return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
  }
}
