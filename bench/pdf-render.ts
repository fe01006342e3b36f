import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { summarize } from './stats.ts'

/**
 * The one way the PDF benches measure a renderer: BENCH_RENDERS renders (default 200) after
 * BENCH_WARMUP unmeasured ones (default 20), one after another on one core, as requests would.
 * Prints, per language, p50 and p99 in ms, CPU ms per render and pages per second. No database:
 * the PDF kit alone.
 */
export async function benchPdfRenders(
  name: string,
  describe: string,
  render: (language: 'en' | 'hi') => Promise<Buffer>,
): Promise<void> {
  const renders = Number(process.env.BENCH_RENDERS ?? 200)
  const warmup = Number(process.env.BENCH_WARMUP ?? 20)
  const scratch = mkdtempSync(path.join(tmpdir(), `niramaya-bench-${name}-`))
  try {
    console.log(
      `Node ${process.version}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()}), load ${os.loadavg()[0]?.toFixed(2)}`,
    )
    for (const language of ['en', 'hi'] as const) {
      const first = await render(language)
      const pages = pageCount(scratch, first)
      for (let i = 0; i < warmup; i++) await render(language)
      const latencies: number[] = []
      const started = performance.now()
      const cpuBefore = process.cpuUsage()
      for (let i = 0; i < renders; i++) {
        const t0 = performance.now()
        await render(language)
        latencies.push(performance.now() - t0)
      }
      const seconds = (performance.now() - started) / 1000
      // CPU time is steadier than wall time on a shared machine: it leaves out waiting for a core.
      const cpu = process.cpuUsage(cpuBefore)
      const cpuMs = (cpu.user + cpu.system) / 1000 / renders
      const summary = summarize(latencies)
      console.log(
        `${name} (${language}, ${describe}, ${pages} pages, ${Math.round(first.length / 1024)} KB): ` +
          `p50 ${summary.p50Ms.toFixed(1)} ms, p99 ${summary.p99Ms.toFixed(1)} ms, ` +
          `CPU ${cpuMs.toFixed(1)} ms per render, ` +
          `${((renders * pages) / seconds).toFixed(0)} pages/s over ${renders} renders`,
      )
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** The page count from pdfinfo (poppler-utils), or from the page objects without it. */
function pageCount(scratch: string, pdf: Buffer): number {
  const file = path.join(scratch, 'document.pdf')
  writeFileSync(file, pdf)
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  } catch {
    return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
  }
}
