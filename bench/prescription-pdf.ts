import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { renderPrescriptionPdf } from '../server/lib/pdf/prescription-pdf.ts'
import { samplePrescription } from '../server/lib/pdf/sample-prescription.ts'
import { summarize } from './stats.ts'

/**
 * `npm run bench:prescription-pdf`: rendering a 10-line prescription (letterhead with a logo,
 * prescriber, patient, Schedule H1 marks, advice, signature line) in English and in Hindi,
 * BENCH_RENDERS times each (default 200) after BENCH_WARMUP unmeasured renders (default 20), one
 * after another on one core, as the issue request would. Prints p50 and p99 in ms, CPU ms per
 * render and pages per second. No database: the PDF kit alone (issue #13, "Done when").
 */
const renders = Number(process.env.BENCH_RENDERS ?? 200)
const warmup = Number(process.env.BENCH_WARMUP ?? 20)
const LINES = 10

const scratch = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-rx-'))
try {
  console.log(
    `Node ${process.version}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()}), load ${os.loadavg()[0]?.toFixed(2)}`,
  )
  for (const language of ['en', 'hi'] as const) {
    const input = samplePrescription(language, LINES)
    const first = await renderPrescriptionPdf(input)
    const pages = pageCount(first)
    for (let i = 0; i < warmup; i++) await renderPrescriptionPdf(input)
    const latencies: number[] = []
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    for (let i = 0; i < renders; i++) {
      const t0 = performance.now()
      await renderPrescriptionPdf(input)
      latencies.push(performance.now() - t0)
    }
    const seconds = (performance.now() - started) / 1000
    // CPU time is steadier than wall time on a shared machine: it leaves out waiting for a core.
    const cpu = process.cpuUsage(cpuBefore)
    const cpuMs = (cpu.user + cpu.system) / 1000 / renders
    const summary = summarize(latencies)
    console.log(
      `prescription (${language}, ${LINES} lines, ${pages} pages, ${Math.round(first.length / 1024)} KB): ` +
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
  const file = path.join(scratch, 'prescription.pdf')
  writeFileSync(file, pdf)
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  } catch {
    return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
  }
}
