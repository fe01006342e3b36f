import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { createDependencies } from '../server/dependencies.ts'
import { openJobQueue } from '../server/jobs/index.ts'
import { createLogger } from '../server/lib/logger.ts'
import { PERMANENT_TEETH } from '../shared/dental/fdi.ts'
import { signUpClinic } from '../test/http-client.ts'
import { adminStatement, withDatabase } from './postgres-admin.ts'
import { summarize } from './stats.ts'

/**
 * `npm run bench:chart`: loading a dental chart with a long history. On PostgreSQL
 * (DATABASE_URL, or a fresh database on 127.0.0.1:5432 dropped afterwards), one patient gets
 * BENCH_FINDINGS findings (default 300) over ten years, each tooth's findings superseding the
 * one before, plus BENCH_OTHER_PATIENTS other patients with as many (default 50), so the index
 * has to pick one patient out of many. Then times, through the whole HTTP stack, GET chart
 * (the live findings) and GET chart?asOf= (five years ago): p50 and p99.
 */
const findings = Number(process.env.BENCH_FINDINGS ?? 300)
const others = Number(process.env.BENCH_OTHER_PATIENTS ?? 50)
const requests = Number(process.env.BENCH_QUERIES ?? 500)
const serverUrl = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres')
if (!['127.0.0.1', 'localhost', '[::1]'].includes(serverUrl.hostname)) {
  throw new Error('bench:chart runs against a PostgreSQL server on this machine only')
}
const ownDatabase = process.env.DATABASE_URL ? undefined : `niramaya_bench_chart_${process.pid}`
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-chart-'))
if (ownDatabase) await adminStatement(serverUrl, `CREATE DATABASE ${ownDatabase}`)
const databaseUrl = withDatabase(serverUrl, ownDatabase ?? serverUrl.pathname.slice(1))
const config = {
  ...loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
  }),
  dataDir,
}
const database = await openDatabase(config)
try {
  // The queue is opened (invitations enqueue their email) but not worked: benches time requests.
  const jobs = await openJobQueue(database.jobs, createLogger('silent'))
  const deps = createDependencies(config, database.db, createLogger('silent'), { jobs })
  const app = buildApp(deps)
  const owner = await signUpClinic(app, 'Bench Chart')
  const register = async (i: number) => {
    const created = await owner.client.post('/api/v1/patients', {
      fullName: `Chart Patient ${i}`,
      ageYears: 30 + (i % 40),
      sex: i % 2 ? 'male' : 'female',
    })
    if (created.status !== 201) throw new Error(`register answered ${created.status}`)
    return ((await created.json()) as { id: string }).id
  }
  const start = Date.parse('2016-01-01T04:00:00Z')
  const step = (10 * 365 * 86_400_000) / findings
  const seed = async (patientId: string) =>
    withClinic(database.db, { clinicId: owner.clinicId, userId: owner.userId }, async (tx) => {
      const last = new Map<number, string>()
      for (let i = 0; i < findings; i += 1) {
        const tooth = PERMANENT_TEETH[i % PERMANENT_TEETH.length] as number
        const at = new Date(start + i * step)
        const previous = last.get(tooth)
        if (previous) {
          await sql`UPDATE dental_findings SET superseded_at = ${at}, superseded_by = ${owner.userId},
                      superseded_reason = 'changed' WHERE id = ${previous}`.execute(tx)
        }
        const restoration = i % 3 === 0
        const { rows } = await sql<{ id: string }>`
          INSERT INTO dental_findings (clinic_id, patient_id, tooth, surfaces, kind, material, status,
                                       recorded_by, recorded_at, supersedes_id)
          VALUES (${owner.clinicId}, ${patientId}, ${tooth}, ${restoration ? '{M,O}' : '{D}'}::text[],
                  ${restoration ? 'restoration' : 'caries'}, ${restoration ? 'composite' : null},
                  'existing', ${owner.userId}, ${at}, ${previous ?? null})
          RETURNING id`.execute(tx)
        last.set(tooth, rows[0]?.id as string)
      }
    })
  const patientId = await register(0)
  await seed(patientId)
  for (let i = 1; i <= others; i += 1) {
    await seed(await register(i))
    if (i % 10 === 0) process.stderr.write(`\rset up ${i}/${others}`)
  }
  process.stderr.write('\n')
  await sql`ANALYZE dental_findings`.execute(database.db).catch(() => undefined)

  console.log(
    `Dental chart — node ${process.version}, ${os.cpus().length} CPUs, PostgreSQL, ${findings} findings over 10 years on the patient (${findings - PERMANENT_TEETH.length} superseded), ${others} other patients alike`,
  )
  const asOf = encodeURIComponent('2021-01-01T00:00:00+05:30')
  for (const [label, url] of [
    ['GET chart (live findings)', `/api/v1/patients/${patientId}/chart`],
    ['GET chart?asOf= (5 years ago)', `/api/v1/patients/${patientId}/chart?asOf=${asOf}`],
  ] as const) {
    for (let i = 0; i < 30; i += 1) await (await owner.client.get(url)).arrayBuffer()
    const times: number[] = []
    let count = 0
    for (let i = 0; i < requests; i += 1) {
      const started = performance.now()
      const response = await owner.client.get(url)
      const body = (await response.json()) as { findings: unknown[] }
      if (response.status !== 200) throw new Error(`${label}: ${response.status}`)
      times.push(performance.now() - started)
      count = body.findings.length
    }
    const stats = summarize(times)
    console.log(
      `${`${label}, ${count} findings`.padEnd(46)} p50 ${stats.p50Ms.toFixed(2).padStart(7)} ms   p99 ${stats.p99Ms.toFixed(2).padStart(7)} ms   (${stats.count})`,
    )
  }
  const plan = await withClinic(
    database.db,
    { clinicId: owner.clinicId, userId: owner.userId },
    async (tx) => {
      const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT id FROM dental_findings
      WHERE patient_id = ${patientId} AND recorded_at <= '2021-01-01' AND (superseded_at IS NULL OR superseded_at > '2021-01-01')`.execute(
        tx,
      )
      return rows.map((row) => row['QUERY PLAN']).join('\n')
    },
  )
  console.log(`Plan of the as-of read:\n${plan}`)
  await deps.jobs.stop()
  await deps.email.close()
} finally {
  await database.close()
  rmSync(dataDir, { recursive: true, force: true })
  if (ownDatabase)
    await adminStatement(serverUrl, `DROP DATABASE IF EXISTS ${ownDatabase} WITH (FORCE)`).catch(
      () => {},
    )
}
