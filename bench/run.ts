import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchHealth } from './http-health.ts'
import { machineFacts } from './machine.ts'
import { describeDatabase, readOptions } from './options.ts'
import { formatRate, formatTable, type ReportRow } from './report.ts'
import { benchTenantRead } from './tenant-read.ts'

/**
 * npm run bench [health] [tenant-read]
 *
 * Runs the HTTP health benchmark and the tenant-scoped read on embedded PGlite
 * (fresh temporary data directories) or, with DATABASE_URL, on PostgreSQL.
 * Bounded in time, loopback only; removes its temporary directory when done.
 */
const BENCHMARKS = ['health', 'tenant-read'] as const
type Benchmark = (typeof BENCHMARKS)[number]

const options = readOptions()
const selected = selectBenchmarks(process.argv.slice(2))
const tempRoot = await mkdtemp(path.join(os.tmpdir(), 'niramaya-bench-'))
const cleanUp = () => rmSync(tempRoot, { recursive: true, force: true })

// Stop by ourselves even if something hangs: each benchmark, plus migration and seeding time.
const hardLimitSeconds = selected.length * (options.warmupSeconds + options.seconds) * 2 + 300
setTimeout(() => {
  console.error(`bench: still running after ${hardLimitSeconds} s; giving up`)
  cleanUp()
  process.exit(1)
}, hardLimitSeconds * 1000).unref()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp()
    process.exit(130)
  })
}

const machine = machineFacts()
const databaseKind = options.databaseUrl ? 'postgres' : 'pglite'
console.log('Niramaya benchmarks')
console.log(`  date       ${new Date().toISOString()}`)
console.log(`  node       ${machine.node}`)
console.log(`  cpus       ${machine.cpus} x ${machine.cpuModel}`)
console.log(`  memory     ${machine.memoryGiB} GiB`)
console.log(`  os         ${machine.os}`)
console.log(`  load       ${machine.loadAverage.toFixed(2)} (1-minute average at start)`)
console.log(`  revision   ${machine.revision}`)
console.log(`  database   ${describeDatabase(options.databaseUrl)}`)
console.log(
  `  timing     ${options.warmupSeconds} s warm-up, then ${options.seconds} s measured, per benchmark`,
)
console.log('')

const rows: ReportRow[] = []
const notes: string[] = []
let exitCode = 0
try {
  if (selected.includes('health')) {
    const generator =
      options.workers === 0
        ? 'load generator on the main thread'
        : `${options.workers} autocannon worker thread(s)`
    console.log(`health: GET /api/v1/health, ${options.connections} connections, ${generator} ...`)
    const health = await benchHealth({ ...options, dataDir: path.join(tempRoot, 'health') })
    rows.push({
      benchmark: 'HTTP GET /api/v1/health',
      throughput: formatRate(health.requestsPerSecond, 'req/s'),
      p50Ms: health.p50Ms,
      p99Ms: health.p99Ms,
      samples: health.requests,
      notes: `${options.connections} connections; non-2xx ${health.non2xx}, errors ${health.errors}`,
    })
    if (health.non2xx > 0 || health.errors > 0) exitCode = 1
  }
  if (selected.includes('tenant-read')) {
    console.log(
      `tenant-read: seeding ${options.clinics} clinics x ${options.branchesPerClinic} branches, ` +
        `then ${options.concurrency} concurrent caller(s) ...`,
    )
    const read = await benchTenantRead({ ...options, dataDir: path.join(tempRoot, 'tenant-read') })
    rows.push({
      benchmark: 'withClinic + SELECT branches',
      throughput: formatRate(read.transactionsPerSecond, 'tx/s'),
      p50Ms: read.p50Ms,
      p99Ms: read.p99Ms,
      samples: read.count,
      notes:
        `${options.concurrency} caller(s)` +
        (read.poolSize !== undefined ? `, pool ${read.poolSize}` : '') +
        `; server ${read.serverVersion}; seeded in ${read.seedSeconds.toFixed(1)} s`,
    })
    notes.push(
      'withClinic is one transaction of 4 round trips on one connection: BEGIN, ' +
        'SELECT set_config(...), SELECT * FROM branches (filtered by RLS), COMMIT.',
    )
    if (databaseKind === 'pglite') {
      notes.push('PGlite is a single connection: concurrent callers queue for it.')
    } else if (read.poolSize !== undefined && options.concurrency > read.poolSize) {
      notes.push(
        `More callers (${options.concurrency}) than pool connections: latency includes queueing.`,
      )
    }
  }
  notes.push('Latency: autocannon reports whole milliseconds; the tenant read is timed per call.')
  console.log('')
  console.log(formatTable(rows))
  console.log('')
  for (const note of notes) console.log(`* ${note}`)
  writeResults()
} catch (error) {
  console.error('bench failed:', error)
  exitCode = 1
} finally {
  cleanUp()
}
// Exit explicitly: a stray handle (a worker, a socket) must not keep the benchmark alive.
process.exit(exitCode)

function selectBenchmarks(args: readonly string[]): Benchmark[] {
  if (args.length === 0) return [...BENCHMARKS]
  for (const arg of args) {
    if (!(BENCHMARKS as readonly string[]).includes(arg)) {
      throw new Error(`unknown benchmark "${arg}"; choose from: ${BENCHMARKS.join(', ')}`)
    }
  }
  return args as Benchmark[]
}

/** Keeps a machine-readable copy in bench/results/ (git-ignored). */
function writeResults() {
  const directory = fileURLToPath(new URL('./results/', import.meta.url))
  mkdirSync(directory, { recursive: true })
  const stamp = new Date().toISOString().replaceAll(':', '-').replace(/\..*$/, '')
  const file = path.join(directory, `${stamp}-${databaseKind}.json`)
  writeFileSync(
    file,
    `${JSON.stringify({ machine, options: { ...options, databaseUrl: describeDatabase(options.databaseUrl) }, rows, notes }, null, 2)}\n`,
  )
  console.log(`\nresults written to ${path.relative(process.cwd(), file)}`)
}
