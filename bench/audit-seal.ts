import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { sql } from 'kysely'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { sealAuditEvents } from '../server/modules/audit/index.ts'
import { machineFacts } from './machine.ts'
import { adminStatement, withDatabase } from './postgres-admin.ts'
import { seedClinics } from './seed-clinics.ts'
import { summarize } from './stats.ts'

/**
 * `npm run bench:audit-seal`: what chaining the audit log costs the database. Every opened
 * record is an audit event, so the worker seals as many events as the clinics read; under load
 * that work shares the machine with the reads themselves (docs/benchmarks.md, "The patient
 * read"). Writes BENCH_EVENTS events (default 10,000) for one clinic, then seals them as the
 * worker does, BENCH_SEAL_BATCH (default 1,000) per call, and prints the time per call and per
 * 1,000 events. On PGlite in a temporary folder by default; with BENCH_POSTGRES=1 on a fresh
 * database on 127.0.0.1:5432 (DATABASE_URL to name the server), dropped afterwards.
 */
const events = Number(process.env.BENCH_EVENTS ?? 10_000)
const batch = Number(process.env.BENCH_SEAL_BATCH ?? 1000)
if (![events, batch].every((n) => Number.isInteger(n) && n > 0)) {
  throw new Error('BENCH_EVENTS and BENCH_SEAL_BATCH must be whole numbers above 0')
}
const onPostgres = process.env.BENCH_POSTGRES === '1'
const serverUrl = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres')
if (onPostgres && !['127.0.0.1', 'localhost', '[::1]'].includes(serverUrl.hostname)) {
  throw new Error('bench:audit-seal runs against a PostgreSQL server on this machine only')
}
const ownDatabase = onPostgres ? `niramaya_bench_seal_${process.pid}` : undefined
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-seal-'))

let exitCode = 0
try {
  if (ownDatabase) await adminStatement(serverUrl, `CREATE DATABASE ${ownDatabase}`)
  const config = {
    ...loadConfig({
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: ownDatabase ? withDatabase(serverUrl, ownDatabase) : '',
      LOG_LEVEL: 'silent',
    }),
    dataDir,
  }
  const database = await openDatabase(config)
  try {
    const [clinicId = ''] = await seedClinics(database.db, 1, 1, 1)
    // The clinic's own creation is audited too: chain that first, untimed.
    while ((await sealAuditEvents(database.db, batch)) > 0) {}
    // Sign-in events, written as the app writes them (audit_record_event), 1,000 per statement.
    for (let written = 0; written < events; written += 1000) {
      const count = Math.min(1000, events - written)
      await withClinic(database.db, { clinicId }, (tx) =>
        sql`SELECT count(audit_record_event('auth.login_succeeded', jsonb_build_object('n', g)))
              FROM generate_series(1, ${count}) AS g`.execute(tx),
      )
    }
    const calls: number[] = []
    let sealed = 0
    const started = performance.now()
    for (;;) {
      const before = performance.now()
      const count = await sealAuditEvents(database.db, batch)
      if (count === 0) break
      calls.push(performance.now() - before)
      sealed += count
    }
    const totalMs = performance.now() - started
    const facts = machineFacts()
    console.log(
      `Audit sealing — node ${facts.node}, ${facts.cpus} CPUs, load ${facts.loadAverage.toFixed(2)}, ${database.kind}, ${facts.revision}`,
    )
    const perCall = summarize(calls)
    console.log(
      `${sealed} events in ${calls.length} calls of up to ${batch}: ${totalMs.toFixed(0)} ms, ` +
        `${((totalMs / sealed) * 1000).toFixed(1)} ms per 1,000 events; ` +
        `per call p50 ${perCall.p50Ms.toFixed(1)} ms, max ${perCall.maxMs.toFixed(1)} ms`,
    )
    if (sealed !== events) {
      console.error(`expected to seal ${events} events, sealed ${sealed}`)
      exitCode = 1
    }
  } finally {
    await database.close()
  }
} catch (error) {
  console.error('bench failed:', error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  if (ownDatabase)
    await adminStatement(serverUrl, `DROP DATABASE IF EXISTS ${ownDatabase} WITH (FORCE)`).catch(
      () => {},
    )
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(exitCode)
