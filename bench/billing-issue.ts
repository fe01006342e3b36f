import os from 'node:os'
import { percentile, startBillingBench } from './billing-bench-setup.ts'

/**
 * `npm run bench:billing`: invoice issue throughput on one clinic with N concurrent issuers.
 * Issuing takes the clinic's counter row under a lock (db/migrations/20261206100000_invoices.sql:
 * gap-free serials, CGST Rule 46(b)), so concurrent issues on one clinic queue on that row; this
 * measures what that costs.
 * 1. Starts the real server on PostgreSQL (DATABASE_URL's server, 127.0.0.1:5432 by default) in a
 *    fresh database, signs up a clinic, registers one patient per issuer.
 * 2. For each issuer count (BENCH_ISSUERS, default 1,4,16), every issuer drafts an invoice and
 *    issues it, in a loop, for BENCH_SECONDS (default 10): issues/s and the issue call's p50/p99.
 * 3. Checks the series: the issued serials of the year are 1..n with no gap and no repeat, and
 *    the counter says n.
 * Loopback only; drops what it created.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const issuerCounts = (process.env.BENCH_ISSUERS ?? '1,4,16').split(',').map(Number)
if (
  !Number.isInteger(seconds) ||
  seconds < 1 ||
  !issuerCounts.every((n) => Number.isInteger(n) && n >= 1)
) {
  throw new Error('BENCH_SECONDS and BENCH_ISSUERS must be whole numbers, at least 1')
}

const hardLimitSeconds = issuerCounts.length * seconds * 3 + 300
setTimeout(() => {
  console.error(`bench: still running after ${hardLimitSeconds} s; giving up`)
  process.exit(1)
}, hardLimitSeconds * 1000).unref()

let exitCode = 0
const bench = await startBillingBench('issue')
try {
  const headers = {
    'Content-Type': 'application/json',
    Cookie: bench.cookie,
    'X-CSRF-Token': bench.csrf,
  }
  const post = async (url: string, body: unknown) => {
    const response = await fetch(`${bench.baseUrl}${url}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    })
    const text = await response.text()
    if (response.status >= 300)
      throw new Error(`POST ${url.replace(/[0-9a-f-]{36}/g, '{id}')} answered ${response.status}`)
    return JSON.parse(text) as { id: string }
  }
  const maxIssuers = Math.max(...issuerCounts)
  const patients: string[] = []
  for (let i = 0; i < maxIssuers; i += 1) {
    patients.push(
      (
        await post('/api/v1/patients', {
          fullName: `Bench Patient ${i}`,
          ageYears: 40,
          sex: 'female',
        })
      ).id,
    )
  }
  const line = {
    description: 'Consultation',
    sacCode: '999312',
    quantity: 1,
    unitPricePaise: 50_000,
  }

  console.log(
    `Invoice issue — node ${process.version}, ${os.availableParallelism()} CPUs, load ${os.loadavg()[0]?.toFixed(2)}, ${seconds} s per run, one clinic`,
  )
  for (const issuers of issuerCounts) {
    const latencies: number[] = []
    let failures = 0
    const until = performance.now() + seconds * 1000
    await Promise.all(
      patients.slice(0, issuers).map(async (patientId) => {
        while (performance.now() < until) {
          try {
            const draft = await post(`/api/v1/patients/${patientId}/invoices`, { lines: [line] })
            const started = performance.now()
            await post(`/api/v1/patients/${patientId}/invoices/${draft.id}/issue`, {})
            latencies.push(performance.now() - started)
          } catch (error) {
            failures += 1
            if (failures <= 3) console.error(error instanceof Error ? error.message : error)
          }
        }
      }),
    )
    if (failures > 0) exitCode = 1
    console.log(
      `${String(issuers).padStart(3)} issuers: ${(latencies.length / seconds).toFixed(1).padStart(7)} issues/s   issue p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms   (${latencies.length} issued, ${failures} failed; each issue follows its own draft POST)`,
    )
  }

  // Gap-free: as the superuser (row-level security does not apply), this clinic only.
  const { rows } = await bench.sql.query<{
    fy: number
    n: number
    first: number
    last: number
    distinct: number
    counter: number
  }>(
    `SELECT i.fy_start_year AS fy, count(*)::int AS n, min(i.serial) AS first, max(i.serial) AS last,
            count(DISTINCT i.number)::int AS distinct,
            (SELECT c.last_serial FROM document_counters c WHERE c.clinic_id = i.clinic_id
               AND c.kind = 'invoice' AND c.fy_start_year = i.fy_start_year) AS counter
     FROM invoices i WHERE i.clinic_id = $1 AND i.status = 'issued' GROUP BY i.clinic_id, i.fy_start_year`,
    [bench.clinicId],
  )
  for (const row of rows) {
    const gapFree =
      row.first === 1 && row.last === row.n && row.distinct === row.n && row.counter === row.n
    console.log(
      `series ${row.fy}-${String((row.fy + 1) % 100).padStart(2, '0')}: ${row.n} issued, serials ${row.first}..${row.last}, counter ${row.counter}: ${gapFree ? 'gap-free' : 'GAP OR REPEAT'}`,
    )
    if (!gapFree) exitCode = 1
  }
} catch (error) {
  console.error('bench failed:', error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await bench.close()
}
process.exit(exitCode)
