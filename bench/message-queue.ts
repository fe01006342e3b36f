import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { buildApp } from '../server/app.ts'
import { loadConfig } from '../server/config.ts'
import { type DatabaseHandle, openDatabase } from '../server/db/open-database.ts'
import { withClinic } from '../server/db/with-clinic.ts'
import { createDependencies } from '../server/dependencies.ts'
import type { AppDependencies } from '../server/http/app-env.ts'
import { enqueue, type JobQueue, openJobQueue, QUEUES } from '../server/jobs/index.ts'
import { generateMasterKeyBase64 } from '../server/lib/crypto/master-key.ts'
import { createLogger } from '../server/lib/logger.ts'
import { parseCallbackData } from '../server/modules/messaging/index.ts'
import { CONSENT_ITEMS } from '../shared/consent/consent-items.ts'
import { type FakeWhatsApp, startFakeWhatsApp } from '../test/fake-whatsapp.ts'
import { signUpClinic } from '../test/http-client.ts'
import { machineFacts } from './machine.ts'
import { adminStatement, withDatabase } from './postgres-admin.ts'
import { percentile } from './stats.ts'

/**
 * `npm run bench:messages`: the patient-message queue on PostgreSQL (issue #14): how fast
 * reminders are enqueued, how many jobs a second the worker sends, and how late each reminder
 * goes out when BENCH_JOBS (default 10,000) are due at once.
 * 1. Creates `${BENCH_DB_PREFIX:-niramaya_bench}_messages_<time>` on DATABASE_URL's server
 *    (127.0.0.1:5432 by default, loopback only), migrates it with openDatabase (pg-boss
 *    included), signs up a clinic whose messages are never held (quiet hours 00:00–00:00, no
 *    confirmations, no automatic reminders), and registers BENCH_PATIENTS (default 200) patients
 *    with a mobile and WhatsApp consent, each booked a few hours ahead, through the HTTP app.
 * 2. For each variant of BENCH_VARIANTS (default `1x5`: `<worker processes>x<batch size>`):
 *    - enqueues BENCH_JOBS reminders due now, each a `messages` row (appointment_reminder, its
 *      own idempotency key, a booked appointment and its patient) and its job, in transactions
 *      of BENCH_ENQUEUE_BATCH (default 500) as plan-appointment-messages.ts does (withClinic,
 *      the row, then enqueue() in the same transaction), with no worker running: rows+jobs/s;
 *    - starts the worker processes (bench/message-worker.ts: openDatabase, openJobQueue and the
 *      real messageJobHandler, as `npm run worker`), waits until each is connected, then lets
 *      them all work at once, sending through a local fake Meta Cloud API (test/fake-whatsapp.ts,
 *      no delay), until every reminder of the variant is `sent`: jobs/s through the worker, and
 *      per reminder, from the messages table, sent_at − due_at (p50, p95, p99, max) and
 *      sent_at − the moment the workers were let go;
 *    - checks that every reminder was sent, that the fake received exactly BENCH_JOBS requests,
 *      each of the variant's messages exactly once, and that pg-boss completed every job;
 *    - reports where the time went: the workers' statements and handler time per job, the
 *      provider call inside it, CPU of the workers, of this database's PostgreSQL backends (and
 *      of all postgres processes) and of the machine during the drain (from /proc, so Linux
 *      only), and committed transactions per job.
 *    A batch size other than 5 is worked by pg-boss directly with openJobQueue's other options
 *    (see bench/message-worker.ts): an experiment, not what `npm run worker` does.
 * 3. Prints a table, exits 1 if a check fails, and drops the database (also after an error, a
 *    hard time limit or Ctrl+C).
 */
const patientCount = integer('BENCH_PATIENTS', 200)
const jobCount = integer('BENCH_JOBS', 10_000)
const enqueueBatch = integer('BENCH_ENQUEUE_BATCH', 500)
const variants = (process.env.BENCH_VARIANTS || '1x5').split(',').map((spec) => {
  const match = /^(\d+)x(\d+)$/.exec(spec.trim())
  const processes = Number(match?.[1])
  const batch = Number(match?.[2])
  if (!match || processes < 1 || processes > 8 || batch < 1 || batch > 500) {
    throw new Error('BENCH_VARIANTS is a list like 1x5,2x5,1x25: <worker processes>x<batch size>')
  }
  return { name: `${processes}x${batch}`, processes, batch }
})
const prefix = process.env.BENCH_DB_PREFIX ?? 'niramaya_bench'
if (!/^[a-z_][a-z0-9_]{0,30}$/.test(prefix)) {
  throw new Error('BENCH_DB_PREFIX must be a lower-case SQL name')
}
const serverUrl = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres')
if (!['127.0.0.1', 'localhost', '[::1]'].includes(serverUrl.hostname)) {
  throw new Error('bench:messages runs against a PostgreSQL server on this machine only')
}

// At least 10 sends a second, or something is wrong; plus set-up and enqueue.
const drainLimitSeconds = Math.max(120, Math.ceil(jobCount / 10))
const hardLimitSeconds = 600 + variants.length * (drainLimitSeconds + 180)
setTimeout(() => {
  console.error(`bench: still running after ${hardLimitSeconds} s; giving up`)
  void cleanUp().finally(() => process.exit(1))
}, hardLimitSeconds * 1000).unref()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)))
}

const databaseName = `${prefix}_messages_${Math.floor(Date.now() / 1000)}`
const databaseUrl = withDatabase(serverUrl, databaseName)
const dataDir = mkdtempSync(path.join(tmpdir(), 'niramaya-bench-messages-'))
const workerScript = path.resolve(import.meta.dirname, 'message-worker.ts')
const workers = new Set<ChildProcess>()
let meta: FakeWhatsApp | undefined
let handle: DatabaseHandle | undefined
let jobs: JobQueue | undefined
let deps: AppDependencies | undefined
let sql: pg.Client | undefined
let created = false

interface Appointment {
  id: string
  patientId: string
}

interface WorkerStats {
  batch: number
  jobs: number
  handlerMs: number
  sendMs: number
  firstStart: number
  lastEnd: number
  statements: { queue: number; transaction: number; app: number }
  cpuMs: number
}

interface VariantResult {
  name: string
  enqueuePerSecond: number
  drainSeconds: number
  jobsPerSecond: number
  dueToSent: number[]
  goToSent: number[]
  requests: number
  checks: string[]
}

let exitCode = 0
const results: VariantResult[] = []
try {
  const facts = machineFacts()
  console.log(
    `Messaging queue — node ${facts.node}, ${facts.cpus} CPUs (${facts.cpuModel}), ${facts.memoryGiB} GiB, ${facts.os}, load ${facts.loadAverage.toFixed(2)}, ${facts.revision}`,
  )
  await adminStatement(serverUrl, `CREATE DATABASE ${databaseName}`)
  created = true
  meta = await startFakeWhatsApp('meta')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    MASTER_KEY: generateMasterKeyBase64(),
    WHATSAPP_PROVIDER: 'meta',
    META_GRAPH_URL: meta.url,
    META_PHONE_NUMBER_ID: '1234567890',
    META_ACCESS_TOKEN: 'bench-access-token-0123456789',
    META_APP_SECRET: 'bench-app-secret-0123456789abcdef',
    META_VERIFY_TOKEN: 'bench-verify-token-0123456789',
  }
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' })
  const logger = createLogger('silent')
  let began = performance.now()
  handle = await openDatabase(config, logger)
  const server = (
    await pgQuery<{ server_version: string }>(
      new pg.Client({ connectionString: databaseUrl }),
      'SHOW server_version',
    )
  )[0]?.server_version
  console.log(
    `PostgreSQL ${server} at ${serverUrl.hostname}:${serverUrl.port || '5432'}/${databaseName}: migrated in ${seconds(began)} s`,
  )
  // Opened to enqueue, never worked here: the worker processes do that.
  jobs = await openJobQueue(handle.jobs, logger, { instanceName: 'bench-enqueue' })
  deps = createDependencies(config, handle.db, logger, { jobs, version: 'bench' })
  const app = buildApp(deps)
  sql = new pg.Client({ connectionString: databaseUrl })
  await sql.connect()

  began = performance.now()
  const owner = await signUpClinic(app, 'Bench Messaging Dental')
  const settings = await owner.client.put('/api/v1/messaging/settings', {
    mode: 'whatsapp',
    sendConfirmations: false,
    reminderMinutes: [],
    quietHours: { start: '00:00', end: '00:00' },
  })
  await expectStatus(settings, 200, 'messaging settings')
  const notice = (await (await owner.client.get('/api/v1/consent/notice?language=en')).json()) as {
    id: string
  }
  const consentItems = Object.fromEntries(CONSENT_ITEMS.map((item) => [item, false]))
  const appointments: Appointment[] = []
  // 15-minute slots from three hours ahead: every reminder is for a visit still to come.
  const firstStart = Math.ceil((Date.now() + 3 * 3_600_000) / 900_000) * 900_000
  for (let i = 0; i < patientCount; i += 1) {
    const patient = await owner.client.post('/api/v1/patients', {
      fullName: `Bench Patient ${i}`,
      ageYears: 20 + (i % 60),
      sex: i % 2 === 0 ? 'female' : 'male',
      phone: `98${String(i).padStart(8, '0')}`,
      preferredLanguage: i % 4 === 0 ? 'hi' : 'en',
    })
    await expectStatus(patient, 201, 'patient')
    const { id: patientId } = (await patient.json()) as { id: string }
    const consent = await owner.client.post(`/api/v1/patients/${patientId}/consent`, {
      noticeId: notice.id,
      items: { ...consentItems, personal_data: true, health_data: true, 'channel.whatsapp': true },
      captureChannel: 'in_person_tablet',
      givenBy: 'patient',
    })
    await expectStatus(consent, 201, 'consent')
    const booked = await owner.client.post('/api/v1/appointments', {
      patientId,
      doctorUserId: owner.userId,
      startsAt: new Date(firstStart + i * 900_000).toISOString(),
      durationMinutes: 15,
      allowOutsideHours: true,
    })
    await expectStatus(booked, 201, 'appointment')
    appointments.push({ id: ((await booked.json()) as { id: string }).id, patientId })
  }
  const planned = await pgQuery<{ n: number }>(sql, 'SELECT count(*)::int AS n FROM messages')
  if (planned[0]?.n !== 0) throw new Error('booking planned messages: the settings did not apply')
  console.log(
    `${patientCount} patients with WhatsApp consent, each booked from 3 hours ahead: ${seconds(began)} s`,
  )

  let jobsSoFar = 0
  for (const variant of variants) {
    const result = await runVariant(variant, owner, appointments, env)
    results.push(result)
    jobsSoFar += jobCount
    const states = await pgQuery<{ state: string; n: number }>(
      sql,
      `SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`,
      [QUEUES.message],
    )
    const completed = states.find((row) => row.state === 'completed')?.n ?? 0
    if (completed !== jobsSoFar || states.some((row) => row.state !== 'completed')) {
      result.checks.push(
        `pg-boss message jobs: ${states.map((row) => `${row.n} ${row.state}`).join(', ')} (expected ${jobsSoFar} completed)`,
      )
    }
    if (result.checks.length > 0) {
      exitCode = 1
      for (const check of result.checks) console.error(`CHECK FAILED (${variant.name}): ${check}`)
    }
  }

  console.log('')
  console.log(
    `${jobCount.toLocaleString('en-US')} reminders per variant, enqueued ${enqueueBatch} per transaction; latency in ms`,
  )
  const rows = results.map((r) => [
    r.name,
    Math.round(r.enqueuePerSecond).toLocaleString('en-US'),
    r.jobsPerSecond.toFixed(1),
    r.drainSeconds.toFixed(1),
    ...[50, 95, 99, 100].map((p) => Math.round(percentile(r.dueToSent, p)).toLocaleString('en-US')),
    `${Math.round(percentile(r.goToSent, 50)).toLocaleString('en-US')} / ${Math.round(percentile(r.goToSent, 99)).toLocaleString('en-US')}`,
    String(r.requests),
    r.checks.length === 0 ? 'ok' : 'FAILED',
  ])
  printTable(
    [
      'workers x batch',
      'enqueue rows+jobs/s',
      'worker jobs/s',
      'drain s',
      'due→sent p50',
      'p95',
      'p99',
      'max',
      'go→sent p50 / p99',
      'fake requests',
      'checks',
    ],
    rows,
  )
} catch (error) {
  console.error('bench failed:', error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await cleanUp()
}
process.exit(exitCode)

async function runVariant(
  variant: (typeof variants)[number],
  owner: Awaited<ReturnType<typeof signUpClinic>>,
  appointments: Appointment[],
  env: NodeJS.ProcessEnv,
): Promise<VariantResult> {
  if (!handle || !jobs || !sql || !meta) throw new Error('not set up')
  const queue = jobs
  const keyPrefix = `bench:${variant.name}:`
  const checks: string[] = []

  // Enqueue, with no worker running.
  const ids: string[] = []
  const enqueueStarted = performance.now()
  for (let start = 0; start < jobCount; start += enqueueBatch) {
    const end = Math.min(jobCount, start + enqueueBatch)
    const batchIds = await withClinic(
      handle.db,
      { clinicId: owner.clinicId, userId: owner.userId },
      async (tx) => {
        const made: string[] = []
        for (let i = start; i < end; i += 1) {
          const appointment = appointments[i % appointments.length] as Appointment
          const dueAt = new Date()
          const row = await tx
            .insertInto('messages')
            .values({
              clinic_id: owner.clinicId,
              patient_id: appointment.patientId,
              appointment_id: appointment.id,
              kind: 'appointment_reminder',
              channel: 'whatsapp',
              idempotency_key: `${keyPrefix}${i}`,
              due_at: dueAt,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
          await enqueue(
            tx,
            queue,
            QUEUES.message,
            { clinicId: owner.clinicId, messageId: row.id },
            { startAfter: dueAt },
          )
          made.push(row.id)
        }
        return made
      },
    )
    ids.push(...batchIds)
  }
  const enqueueSeconds = (performance.now() - enqueueStarted) / 1000
  console.log(
    `[${variant.name}] enqueued ${jobCount} reminders (row + job) in ${enqueueSeconds.toFixed(1)} s: ${(jobCount / enqueueSeconds).toFixed(0)}/s`,
  )

  // Start the workers, wait until each is connected, then let them all go at once.
  const requestsBefore = meta.received.length
  const started = await Promise.all(
    Array.from({ length: variant.processes }, () => startWorker(env, variant.batch)),
  )
  const xactBefore = await committedTransactions()
  const cpuBefore = cpuSnapshot(await backendPids())
  const ownCpuBefore = process.cpuUsage()
  const go = Date.now()
  for (const { child } of started) child.stdin?.write('go\n')

  let done = 0
  let lastReport = go
  const counts = new Map<string, number>()
  while (done < jobCount) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    if (started.some(({ child }) => child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`[${variant.name}] a worker process ended during the drain`)
    }
    if (Date.now() - go > drainLimitSeconds * 1000) {
      throw new Error(
        `[${variant.name}] only ${done} of ${jobCount} settled after ${drainLimitSeconds} s (${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')})`,
      )
    }
    const rows = await pgQuery<{ status: string; n: number }>(
      sql,
      `SELECT status, count(*)::int AS n FROM messages WHERE idempotency_key LIKE $1 GROUP BY status`,
      [`${keyPrefix}%`],
    )
    counts.clear()
    for (const row of rows) counts.set(row.status, row.n)
    done = rows
      .filter((row) => row.status !== 'queued' && row.status !== 'sending')
      .reduce((sum, row) => sum + row.n, 0)
    if (Date.now() - lastReport >= 10_000) {
      lastReport = Date.now()
      console.log(
        `[${variant.name}]   ${((lastReport - go) / 1000).toFixed(0)} s: ${counts.get('sent') ?? 0} sent`,
      )
    }
  }
  const cpuAfter = cpuSnapshot(await backendPids())
  const ownCpu = process.cpuUsage(ownCpuBefore)
  const cpuWallMs = Date.now() - go
  const xactAfter = await committedTransactions()
  if ((counts.get('sent') ?? 0) !== jobCount) {
    checks.push(
      `statuses ${[...counts].map(([status, n]) => `${n} ${status}`).join(', ')}, expected ${jobCount} sent`,
    )
  }
  // pg-boss settles a batch after its handler returns: give it a moment to complete the last.
  for (let waited = 0; waited < 20; waited += 1) {
    const active = await pgQuery<{ n: number }>(
      sql,
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state <> 'completed'`,
      [QUEUES.message],
    )
    if (active[0]?.n === 0) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const stats = await Promise.all(started.map((worker) => stopWorker(worker)))

  // Exactly once at the fake: this variant's messages, each one request.
  const requests = meta.received.slice(requestsBefore)
  const perMessage = new Map<string, number>()
  for (const request of requests) {
    const callback = (request.body as { biz_opaque_callback_data?: unknown } | undefined)
      ?.biz_opaque_callback_data
    const messageId = parseCallbackData(callback)?.messageId ?? '(none)'
    perMessage.set(messageId, (perMessage.get(messageId) ?? 0) + 1)
  }
  const repeated = [...perMessage.values()].filter((n) => n > 1).length
  const missing = ids.filter((id) => !perMessage.has(id)).length
  const ours = new Set(ids)
  const foreign = [...perMessage.keys()].filter((id) => !ours.has(id)).length
  if (requests.length !== jobCount || repeated > 0 || missing > 0 || foreign > 0) {
    checks.push(
      `the fake received ${requests.length} requests for ${jobCount} reminders: ${repeated} sent more than once, ${missing} never, ${foreign} not this variant's`,
    )
  }
  const failures = started.reduce((sum, worker) => sum + worker.failures, 0)
  if (failures > 0) checks.push(`${failures} job attempts failed (see the workers' warnings)`)

  const timings = await pgQuery<{ due_ms: number; sent_ms: number }>(
    sql,
    `SELECT (extract(epoch FROM sent_at - due_at) * 1000)::float8 AS due_ms,
            (extract(epoch FROM sent_at) * 1000)::float8 AS sent_ms
     FROM messages WHERE idempotency_key LIKE $1 AND status = 'sent'`,
    [`${keyPrefix}%`],
  )
  const lastSent = Math.max(...timings.map((row) => row.sent_ms))
  const drainSeconds = (lastSent - go) / 1000
  const result: VariantResult = {
    name: variant.name,
    enqueuePerSecond: jobCount / enqueueSeconds,
    drainSeconds,
    jobsPerSecond: timings.length / drainSeconds,
    dueToSent: timings.map((row) => row.due_ms).sort((a, b) => a - b),
    goToSent: timings.map((row) => row.sent_ms - go).sort((a, b) => a - b),
    requests: requests.length,
    checks,
  }

  // Where the time went.
  const total = stats.reduce(
    (sum, s) => ({
      jobs: sum.jobs + s.jobs,
      handlerMs: sum.handlerMs + s.handlerMs,
      sendMs: sum.sendMs + s.sendMs,
      outsideMs: sum.outsideMs + (s.lastEnd - s.firstStart - s.handlerMs),
      queue: sum.queue + s.statements.queue,
      transaction: sum.transaction + s.statements.transaction,
      app: sum.app + s.statements.app,
      cpuMs: sum.cpuMs + s.cpuMs,
    }),
    { jobs: 0, handlerMs: 0, sendMs: 0, outsideMs: 0, queue: 0, transaction: 0, app: 0, cpuMs: 0 },
  )
  const per = (value: number) => (value / Math.max(1, total.jobs)).toFixed(2)
  // CPU over go → the poll that saw the last one settled (the workers' from go to their stop).
  const percentOf = (ms: number) => `${((100 * ms) / cpuWallMs).toFixed(0)}%`
  const ticksMs = 1000 / 100 // USER_HZ
  const postgresMs = (cpuAfter.postgresTicks - cpuBefore.postgresTicks) * ticksMs
  const oursMs = oursBetween(cpuBefore.oursTicks, cpuAfter.oursTicks) * ticksMs
  const benchMs = (ownCpu.user + ownCpu.system) / 1000
  const machineMs =
    ((cpuAfter.busy - cpuBefore.busy) / Math.max(1, cpuAfter.total - cpuBefore.total)) *
    cpuCount() *
    cpuWallMs
  console.log(
    `[${variant.name}] ${timings.length} sent in ${drainSeconds.toFixed(1)} s: ${result.jobsPerSecond.toFixed(1)} jobs/s; ${requests.length} requests at the fake`,
  )
  console.log(
    `[${variant.name}]   per job, summed over workers: handler ${per(total.handlerMs)} ms (of which the fake Meta's HTTP call ${per(total.sendMs)} ms), outside the handler (pg-boss fetch and settle) ${per(total.outsideMs)} ms`,
  )
  console.log(
    `[${variant.name}]   statements per job: ${per(total.app)} app, ${per(total.transaction)} BEGIN/COMMIT, ${per(total.queue)} pg-boss; ${((xactAfter - xactBefore) / jobCount).toFixed(2)} committed transactions per job in the database`,
  )
  console.log(
    `[${variant.name}]   CPU during the drain (${cpuCount()} CPUs = ${cpuCount() * 100}%): whole machine ${percentOf(machineMs)} = worker processes ${percentOf(total.cpuMs)} + all postgres processes ${percentOf(postgresMs)} (this database's backends ${percentOf(oursMs)}) + this process (fake Meta, polling) ${percentOf(benchMs)} + everything else ${percentOf(machineMs - total.cpuMs - postgresMs - benchMs)}`,
  )
  console.log(
    `[${variant.name}]   CPU per job: ${per(total.cpuMs)} ms in the worker processes, ${per(oursMs)} ms in this database's PostgreSQL backends (${per(postgresMs)} ms in all postgres processes, other databases' too)`,
  )
  return result
}

interface StartedWorker {
  child: ChildProcess
  stats: Promise<WorkerStats>
  failures: number
}

/** A worker process, connected and waiting for `go` on its stdin. */
async function startWorker(env: NodeJS.ProcessEnv, batch: number): Promise<StartedWorker> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...env, BENCH_WORKER_BATCH: String(batch) },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  workers.add(child)
  const worker: StartedWorker = { child, stats: undefined as never, failures: 0 }
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  let buffered = ''
  let resolveStats: (stats: WorkerStats) => void = () => undefined
  worker.stats = new Promise((resolve) => {
    resolveStats = resolve
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      let newline = buffered.indexOf('\n')
      while (newline >= 0) {
        const line = buffered.slice(0, newline)
        buffered = buffered.slice(newline + 1)
        newline = buffered.indexOf('\n')
        if (line === 'ready') resolve()
        else if (line.startsWith('stats ')) resolveStats(JSON.parse(line.slice(6)) as WorkerStats)
        else if (line.includes('"job failed"') || line.includes('"job queue error"')) {
          worker.failures += 1
          if (worker.failures <= 3) console.error(`worker: ${line}`)
        } else if (line.trim() !== '') console.error(`worker: ${line.slice(0, 300)}`)
      }
    })
    child.once('exit', (code) => reject(new Error(`worker exited (${code}): ${errors}`)))
  })
  return worker
}

async function stopWorker(worker: StartedWorker): Promise<WorkerStats> {
  const exited = new Promise<void>((resolve) => {
    if (worker.child.exitCode !== null) resolve()
    else worker.child.once('exit', () => resolve())
  })
  worker.child.kill('SIGTERM')
  const stats = await Promise.race([
    worker.stats,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('a worker gave no stats')), 30_000),
    ),
  ])
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
  if (worker.child.exitCode === null) worker.child.kill('SIGKILL')
  workers.delete(worker.child)
  return stats
}

async function committedTransactions(): Promise<number> {
  if (!sql) return 0
  const rows = await pgQuery<{ n: string }>(
    sql,
    'SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()',
  )
  return Number(rows[0]?.n ?? 0)
}

/** CPU ticks of the machine (busy and total, /proc/stat) and of every `postgres` process. */
function cpuSnapshot(ours: readonly number[]): {
  busy: number
  total: number
  postgresTicks: number
  /** Ticks of this database's backends (the workers', the enqueuer's, the polling client's). */
  oursTicks: Map<number, number>
} {
  const [line = ''] = readFileSync('/proc/stat', 'utf8').split('\n')
  const fields = line.trim().split(/\s+/).slice(1).map(Number)
  const total = fields.reduce((sum, value) => sum + value, 0)
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0)
  let postgresTicks = 0
  const oursTicks = new Map<number, number>()
  const wanted = new Set(ours)
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const close = stat.lastIndexOf(')')
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue
      const rest = stat.slice(close + 2).split(' ')
      // utime, stime, cutime, cstime: fields 14 to 17 of the line, 12 to 15 after the name and
      // state (the postmaster's cutime holds what backends that ended used).
      const own = Number(rest[11]) + Number(rest[12])
      postgresTicks += own + Number(rest[13]) + Number(rest[14])
      if (wanted.has(Number(entry))) oursTicks.set(Number(entry), own)
    } catch {
      // The process ended while we looked.
    }
  }
  return { busy: total - idle, total, postgresTicks, oursTicks }
}

/** CPU ticks this database's backends used between two snapshots (a new backend from 0). */
function oursBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0
  for (const [pid, value] of after) ticks += value - (before.get(pid) ?? 0)
  return ticks
}

async function backendPids(): Promise<number[]> {
  if (!sql) return []
  const rows = await pgQuery<{ pid: number }>(
    sql,
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  )
  return rows.map((row) => row.pid)
}

function cpuCount(): number {
  const [, ...cpus] = readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((line) => /^cpu\d*\s/.test(line))
  return cpus.length
}

async function cleanUp(): Promise<void> {
  for (const child of workers) child.kill('SIGKILL')
  workers.clear()
  await jobs?.stop().catch(() => undefined)
  await deps?.email.close().catch(() => undefined)
  await handle?.close().catch(() => undefined)
  await sql?.end().catch(() => undefined)
  await meta?.close().catch(() => undefined)
  jobs = undefined
  deps = undefined
  handle = undefined
  sql = undefined
  meta = undefined
  if (created) {
    created = false
    await adminStatement(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(
      (error: unknown) =>
        console.error(`could not drop ${databaseName}:`, (error as Error).message),
    )
  }
  rmSync(dataDir, { recursive: true, force: true })
}

/** Runs one query; a client not yet connected is connected for it and closed after. */
async function pgQuery<T extends pg.QueryResultRow>(
  client: pg.Client,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const own = client !== sql
  if (own) await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    if (own) await client.end()
  }
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) {
    throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  }
}

function integer(name: string, fallback: number): number {
  const raw = process.env[name]
  const value = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number >= 1`)
  return value
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1)
}

function printTable(headings: string[], rows: string[][]): void {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padStart(widths[column] ?? 0))
      .join(' | ')
      .trimEnd()
  console.log(render(headings))
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'))
  for (const row of rows) console.log(render(row))
}
