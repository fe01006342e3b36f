import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { startNiramaya } from '../server/start.ts'

/**
 * `npm run bench:auth`: what signing in and being signed in cost.
 * 1. Sign-in throughput: POST /api/v1/auth/login with the right password, so each
 *    request is one argon2id verification (19 MiB, 2 iterations) plus a session insert.
 * 2. The cost of a session on a request: GET /api/v1/health with and without a
 *    valid session cookie. The only difference is loadSession() resolving the
 *    cookie (one SECURITY DEFINER call), so the gap is the authentication overhead.
 * Loopback only; bounded by BENCH_SECONDS (default 10) per measurement.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)
const databaseUrl = process.env.DATABASE_URL || undefined
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-auth-'))

const server = await startNiramaya({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  databaseUrl,
  logLevel: 'silent',
})
try {
  const email = `bench-${Date.now()}@example.test`
  const password = 'kesari chai at 4 pm'
  const signup = await fetch(`${server.url}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      clinicName: 'Bench Dental',
      ownerName: 'Dr Bench',
      email,
      password,
      state: '29',
    }),
  })
  if (signup.status !== 201) throw new Error(`sign-up failed: ${signup.status}`)
  const cookie = signup.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ')

  const run = (options: autocannon.Options) =>
    autocannon({ connections, duration: seconds, ...options })
  const login = await run({
    url: `${server.url}/api/v1/auth/login`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const anonymous = await run({ url: `${server.url}/api/v1/health` })
  const signedIn = await run({ url: `${server.url}/api/v1/health`, headers: { Cookie: cookie } })

  console.log(
    `Niramaya auth benchmark — node ${process.version}, ${os.cpus().length} CPUs, ${databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${connections} connections, ${seconds} s each`,
  )
  const row = (name: string, result: autocannon.Result) =>
    console.log(
      `${name.padEnd(34)} ${result.requests.average.toFixed(1).padStart(9)} req/s   p50 ${String(result.latency.p50).padStart(5)} ms   p99 ${String(result.latency.p99).padStart(5)} ms   non-2xx ${result.non2xx}`,
    )
  row('sign-in (argon2id verify + session)', login)
  row('GET /health, anonymous', anonymous)
  row('GET /health, with a session cookie', signedIn)
  const overheadMs = signedIn.latency.p50 - anonymous.latency.p50
  console.log(
    `session resolution adds ~${overheadMs.toFixed(1)} ms at p50 and costs ${(100 * (1 - signedIn.requests.average / anonymous.requests.average)).toFixed(0)}% of throughput`,
  )
} finally {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
