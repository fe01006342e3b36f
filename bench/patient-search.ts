import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { seedPatients } from '../db/seed/synthetic-patients.ts'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { withOwner } from '../server/db/with-owner.ts'
import { createDependencies } from '../server/dependencies.ts'
import { openJobQueue } from '../server/jobs/index.ts'
import { createLogger } from '../server/lib/logger.ts'
import { summarize } from './stats.ts'

/**
 * `npm run bench:search`: patient type-ahead at scale. Seeds BENCH_PATIENTS
 * (default 50,000) synthetic patients into one clinic, signs in, then times
 * POST /api/v1/patients/search through the whole HTTP stack (session, RLS,
 * decryption of each result's phone) for names with typos, partial names,
 * phone numbers and patient numbers. One query at a time; p50 and p99 per kind.
 */
const count = Number(process.env.BENCH_PATIENTS ?? 50_000)
const queriesPerKind = Number(process.env.BENCH_QUERIES ?? 200)
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-search-'))
const config = {
  ...loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
  dataDir,
}
const database = await openDatabase(config)
try {
  const logger = createLogger('silent')
  // The queue is opened (invitations enqueue their email) but not worked: benches time requests.
  const jobs = await openJobQueue(database.jobs, logger)
  const deps = createDependencies(config, database.db, logger, { jobs })
  const app = buildApp(deps)
  const signup = await app.request('http://localhost/api/v1/auth/signup', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'http://localhost' },
    body: JSON.stringify({
      clinicName: 'Bench Dental',
      ownerName: 'Dr Bench',
      email: `bench-${Date.now()}@example.test`,
      password: 'kesari chai at 4 pm',
      state: '29',
    }),
  })
  const me = (await signup.json()) as { user: { id: string }; clinic: { id: string } }
  const cookies = signup.headers.getSetCookie().map((line) => line.split(';')[0] ?? '')
  const csrf =
    cookies.find((cookie) => cookie.startsWith('csrf_token='))?.slice('csrf_token='.length) ?? ''
  const seedStart = performance.now()
  const { samples } = await seedPatients(
    database.db,
    deps.keyring,
    { clinicId: me.clinic.id, userId: me.user.id },
    {
      count,
      onProgress: (done) => process.stderr.write(`\rseeding ${done}/${count}`),
    },
  )
  process.stderr.write('\n')
  const seedSeconds = (performance.now() - seedStart) / 1000
  // A live database has planner statistics (autovacuum); a freshly seeded one needs them now.
  if (config.databaseUrl) {
    const admin = new pg.Client({ connectionString: config.databaseUrl })
    await admin.connect()
    await admin.query('ANALYZE patients')
    await admin.end()
  } else {
    await withOwner(database.db, 'the benchmark refreshes planner statistics', (tx) =>
      sql`ANALYZE patients`.execute(tx),
    )
  }

  const search = async (q: string) => {
    const started = performance.now()
    const response = await app.request('http://localhost/api/v1/patients/search', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: 'http://localhost',
        Cookie: cookies.join('; '),
        'X-CSRF-Token': csrf,
      },
      body: JSON.stringify({ q, limit: 20 }),
    })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`search answered ${response.status}`)
    return performance.now() - started
  }
  const typo = (name: string) => name.replace(/a/, 'aa').replace(/(\w)$/, '$1$1')
  const kinds: Record<string, (index: number) => string> = {
    'name with typos ("Priyaa Sharmaa")': (i) =>
      typo(samples[i % samples.length]?.fullName ?? 'Priya Sharma'),
    'first letters of a name ("Pri")': (i) =>
      (samples[i % samples.length]?.fullName ?? 'Priya').slice(0, 3),
    'phone, typed with spaces': (i) =>
      (samples[i % samples.length]?.phone ?? '+919876543210')
        .replace('+91', '0')
        .replace(/(\d{5})$/, ' $1'),
    'last 5 digits of a mobile ("43210")': (i) =>
      (samples[i % samples.length]?.phone ?? '+919876543210').slice(-5),
    'guardian name (none match: "Shrinivas")': () => 'Shrinivas',
    'patient number ("P-000123")': (i) =>
      `P-${String(samples[i % samples.length]?.patientNumber ?? 1).padStart(6, '0')}`,
  }
  for (let i = 0; i < 20; i += 1) await search('warm up')
  console.log(
    `Patient search — node ${process.version}, ${os.cpus().length} CPUs, ${config.databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${count.toLocaleString('en-IN')} patients in one clinic (seeded in ${seedSeconds.toFixed(0)} s)`,
  )
  for (const [kind, query] of Object.entries(kinds)) {
    const times: number[] = []
    for (let i = 0; i < queriesPerKind; i += 1) times.push(await search(query(i)))
    const stats = summarize(times)
    console.log(
      `${kind.padEnd(38)} p50 ${stats.p50Ms.toFixed(1).padStart(6)} ms   p99 ${stats.p99Ms.toFixed(1).padStart(6)} ms   (${stats.count} queries)`,
    )
  }
  await deps.jobs.stop()
  await deps.email.close()
} finally {
  await database.close()
  rmSync(dataDir, { recursive: true, force: true })
}
