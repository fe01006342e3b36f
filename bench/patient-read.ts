import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { type RunningNiramaya, startNiramaya } from '../server/start.ts'
import { cpuTimeNow, cpuTimeSince } from './cpu-time.ts'
import { initialisePgbench, type PgbenchTarget, pgbenchSelectOnly } from './pgbench.ts'
import { adminStatement, withDatabase } from './postgres-admin.ts'
import { countStatements } from './statement-counter.ts'

/**
 * `npm run bench:patient-read`: the request path of a typical authenticated
 * read, against what PostgreSQL alone can do on the same machine.
 * 1. Starts the real server on PostgreSQL (DATABASE_URL, or a fresh database on
 *    127.0.0.1:5432 dropped afterwards), signs up a clinic, registers a patient.
 * 2. Counts the SQL statements one GET /api/v1/patients/{id} sends.
 * 3. Loads that GET with autocannon (HTTP keep-alive, session cookie) at 8 and
 *    32 connections (BENCH_CONNECTIONS), BENCH_SECONDS each (default 10).
 * 4. Runs `pgbench -S` (select-only) with the same client counts and duration on
 *    its own throwaway database, and prints the API's requests/s over pgbench's TPS.
 * Loopback only; stops by itself and drops what it created.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 2)
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '8,32').split(',').map(Number)
// One worker thread keeps the load generator off the server's event loop.
const workers = Number(process.env.BENCH_WORKERS ?? 1)
const pgbenchScale = Number(process.env.PGBENCH_SCALE ?? 10)
const pgbenchThreads = Number(process.env.PGBENCH_THREADS ?? 1)
const prefix = process.env.BENCH_DB_PREFIX ?? 'niramaya_bench'
const poolSize = process.env.DATABASE_POOL_SIZE ?? '10'
if (![seconds, warmupSeconds, pgbenchScale, pgbenchThreads, ...connectionCounts].every(isCount)) {
  throw new Error('BENCH_SECONDS, BENCH_CONNECTIONS and PGBENCH_* must be whole numbers')
}
if (!/^[a-z_][a-z0-9_]{0,30}$/.test(prefix) || connectionCounts.includes(0)) {
  throw new Error('BENCH_DB_PREFIX must be a lower-case SQL name; connections at least 1')
}

const serverUrl = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres')
if (!['127.0.0.1', 'localhost', '[::1]'].includes(serverUrl.hostname)) {
  throw new Error('bench:patient-read runs against a PostgreSQL server on this machine only')
}
const ownDatabase = process.env.DATABASE_URL ? undefined : `${prefix}_read_${process.pid}`
const pgbenchDatabase = `${prefix}_pgbench_${process.pid}`
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-read-'))
const counter = countStatements()
let server: RunningNiramaya | undefined

const hardLimitSeconds = (connectionCounts.length * seconds + warmupSeconds) * 2 + 600
setTimeout(() => {
  console.error(`bench: still running after ${hardLimitSeconds} s; giving up`)
  void cleanUp().finally(() => process.exit(1))
}, hardLimitSeconds * 1000).unref()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)))
}

let exitCode = 0
try {
  if (ownDatabase) await adminStatement(serverUrl, `CREATE DATABASE ${ownDatabase}`)
  const databaseUrl = withDatabase(serverUrl, ownDatabase ?? serverUrl.pathname.slice(1))
  server = await startNiramaya({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl,
    logLevel: 'silent',
  })
  const { cookie, patientUrl } = await setUp(server.url)
  const read = async () => {
    const response = await fetch(patientUrl, { headers: { Cookie: cookie } })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`GET patient answered ${response.status}`)
  }

  // Statements per read: the most frequent count over sequential reads, so that the
  // background worker's occasional statements do not count.
  const samples: string[][] = []
  for (let i = 0; i < 30; i += 1) samples.push(await counter.during(read))
  const typical = mostFrequentLength(samples)
  const example = samples.find((statements) => statements.length === typical) ?? []

  console.log(
    `Patient read — node ${process.version}, ${os.availableParallelism()} CPUs, load ${os.loadavg()[0]?.toFixed(2)}, PostgreSQL at ${serverUrl.host}, pool ${poolSize}, ${seconds} s per run`,
  )
  console.log(`\nGET /api/v1/patients/{id} sends ${typical} SQL statements:`)
  for (const statement of example)
    console.log(`  ${statement.replace(/\s+/g, ' ').trim().slice(0, 110)}`)
  console.log('')

  const load = (connections: number, duration: number) =>
    autocannon({
      url: patientUrl,
      headers: { Cookie: cookie },
      connections,
      duration,
      ...(workers > 0 ? { workers } : {}),
    })
  if (warmupSeconds > 0) await load(connectionCounts[0] ?? 8, warmupSeconds)
  const api: { connections: number; result: autocannon.Result }[] = []
  for (const connections of connectionCounts) {
    const cpuStart = cpuTimeNow()
    const result = await load(connections, seconds)
    const cpu = cpuTimeSince(cpuStart)
    api.push({ connections, result })
    const perRequest = (ms: number) => (ms / Math.max(1, result.requests.total)).toFixed(2)
    console.log(
      `API  ${String(connections).padStart(3)} connections: ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   non-2xx ${result.non2xx}, errors ${result.errors}   CPU per request: machine ${perRequest(cpu.machineMs)} ms, this process ${perRequest(cpu.processMs)} ms`,
    )
    if (result.non2xx > 0 || result.errors > 0) exitCode = 1
  }
  await server.stop()
  server = undefined

  await adminStatement(serverUrl, `CREATE DATABASE ${pgbenchDatabase}`)
  const target: PgbenchTarget = {
    host: serverUrl.hostname,
    port: serverUrl.port || '5432',
    user: decodeURIComponent(serverUrl.username) || 'postgres',
    database: pgbenchDatabase,
  }
  process.stderr.write(`initialising pgbench (scale ${pgbenchScale}) ...\n`)
  await initialisePgbench(target, pgbenchScale)
  console.log('')
  for (const { connections, result } of api) {
    const baseline = await pgbenchSelectOnly(target, connections, pgbenchThreads, seconds)
    console.log(
      `pgbench -S ${String(connections).padStart(3)} clients: ${baseline.tps.toFixed(0).padStart(6)} TPS     latency average ${baseline.latencyAverageMs.toFixed(2)} ms   API/pgbench = ${(result.requests.average / baseline.tps).toFixed(3)}`,
    )
  }
} catch (error) {
  console.error('bench failed:', error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await cleanUp()
}
// Exit explicitly: a stray handle (a worker, a socket) must not keep the benchmark alive.
process.exit(exitCode)

/** Signs up a clinic and registers one patient over HTTP; returns the session and the URL to read. */
async function setUp(baseUrl: string) {
  const signup = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      clinicName: 'Bench Dental',
      ownerName: 'Dr Bench',
      email: `bench-${Date.now()}@example.test`,
      password: 'kesari chai at 4 pm',
      state: 'Karnataka',
    }),
  })
  if (signup.status !== 201) throw new Error(`sign-up answered ${signup.status}`)
  const cookies = new Map(
    signup.headers.getSetCookie().map((line) => {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      return [pair.slice(0, at).trim(), pair.slice(at + 1)] as const
    }),
  )
  const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  const registered = await fetch(`${baseUrl}/api/v1/patients`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Cookie: cookie,
      'X-CSRF-Token': cookies.get('csrf_token') ?? '',
    },
    body: JSON.stringify({ fullName: 'Bench Patient', ageYears: 42, sex: 'female' }),
  })
  if (registered.status !== 201) throw new Error(`registering answered ${registered.status}`)
  const { id } = (await registered.json()) as { id: string }
  return { cookie, patientUrl: `${baseUrl}/api/v1/patients/${id}` }
}

async function cleanUp() {
  await server?.stop().catch(() => undefined)
  server = undefined
  for (const database of [ownDatabase, pgbenchDatabase]) {
    if (database)
      await adminStatement(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(
        () => {},
      )
  }
  rmSync(dataDir, { recursive: true, force: true })
}

function mostFrequentLength(samples: readonly string[][]): number {
  const counts = new Map<number, number>()
  for (const { length } of samples) counts.set(length, (counts.get(length) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
}

function isCount(value: number) {
  return Number.isInteger(value) && value >= 0
}
