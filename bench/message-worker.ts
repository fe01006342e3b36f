// The background worker for the `message` queue, as its own process, for bench/message-queue.ts.
// The same pieces as `npm run worker` (server/worker-main.ts) and test/crash/message-worker.ts:
// the configuration from the environment (DATABASE_URL, MASTER_KEY, WHATSAPP_PROVIDER=meta and
// META_*), openDatabase, openJobQueue with its production intervals, and the real
// messageJobHandler. Only the message queue is worked (no email, retention or audit sealing).
//
// What it adds, for the benchmark only, without changing server code:
// - it counts the SQL statements this process sends (every node-postgres client: the app's pool
//   and pg-boss's), and times the handler and, inside it, the provider's HTTP call;
// - BENCH_WORKER_BATCH other than 5 (the batch openJobQueue fixes) works the queue through
//   pg-boss directly with that batch and otherwise the same options and per-job settlement as
//   server/jobs/job-queue.ts: an experiment, to see what the batch size costs.
// It prints `ready` once connected, starts working the queue when it reads `go` on stdin, and on
// SIGTERM prints one line `stats {json}` (counted from `go`) before it stops.

import pg from 'pg'
import type { Job, JobResult } from 'pg-boss'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { createDependencies } from '../server/dependencies.ts'
import { type JobHandler, openJobQueue, PermanentJobError, QUEUES } from '../server/jobs/index.ts'
import { createLogger } from '../server/lib/logger.ts'
import { messageJobHandler } from '../server/modules/messaging/index.ts'

const batch = Number(process.env.BENCH_WORKER_BATCH ?? 5)
if (!Number.isInteger(batch) || batch < 1) throw new Error('BENCH_WORKER_BATCH must be >= 1')

// Counted before any pool opens (prepareStatements binds Client#query at connect).
const statements = { queue: 0, transaction: 0, app: 0 }
const original = pg.Client.prototype.query
// biome-ignore lint/suspicious/noExplicitAny: wraps every overload of Client#query.
pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
  const [first] = args
  const text = (typeof first === 'string' ? first : String(first?.text ?? '')).trimStart()
  if (/^(begin|commit|rollback)\b/i.test(text)) statements.transaction += 1
  else if (text.includes('pgboss')) statements.queue += 1
  else statements.app += 1
  return (original as (...all: unknown[]) => unknown).apply(this, args)
} as typeof original

const config = loadConfig()
const logger = createLogger(config.logLevel)
const database = await openDatabase(config, logger)
const jobs = await openJobQueue(database.jobs, logger, {
  instanceName: `bench-worker-${process.pid}`,
})
const deps = createDependencies(config, database.db, logger, { jobs, version: 'bench' })

const timing = { jobs: 0, handlerMs: 0, sendMs: 0, firstStart: 0, lastEnd: 0 }
const sendTemplate = deps.whatsapp.sendTemplate.bind(deps.whatsapp)
const whatsapp = {
  ...deps.whatsapp,
  kind: deps.whatsapp.kind,
  sendText: deps.whatsapp.sendText.bind(deps.whatsapp),
  sendTemplate: async (message: Parameters<typeof sendTemplate>[0]) => {
    const started = performance.now()
    try {
      return await sendTemplate(message)
    } finally {
      timing.sendMs += performance.now() - started
    }
  },
}
const handle = messageJobHandler({ ...deps, whatsapp })
const timed: JobHandler = async (data, job) => {
  const started = performance.now()
  if (timing.firstStart === 0) timing.firstStart = Date.now()
  try {
    await handle(data, job)
  } finally {
    timing.jobs += 1
    timing.handlerMs += performance.now() - started
    timing.lastEnd = Date.now()
  }
}

// Connected: wait for the benchmark's `go` (all workers start working at once), then count from
// there: the drain and pg-boss's own polling, not the start-up's migration check.
process.stdout.write('ready\n')
await new Promise<void>((resolve) => {
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (chunk: string) => {
    if (chunk.includes('go')) resolve()
  })
})
Object.assign(statements, { queue: 0, transaction: 0, app: 0 })
const cpuAtGo = process.cpuUsage()
if (batch === 5) {
  await jobs.work({ message: timed })
} else {
  // As openJobQueue's work() with another batchSize (server/jobs/job-queue.ts, settleEach).
  await jobs.boss.work(
    QUEUES.message,
    {
      batchSize: batch,
      perJobResults: true,
      burstWhenBatchFull: true,
      pollingIntervalSeconds: 2,
      notifyPollingIntervalSeconds: 2,
    },
    async (batchJobs: Job<unknown>[]) => {
      const results: JobResult[] = []
      for (const job of batchJobs) {
        try {
          await timed(job.data, { id: job.id, queue: QUEUES.message })
          results.push({ id: job.id, status: 'completed' })
        } catch (error) {
          const permanent = error instanceof PermanentJobError
          logger.warn({ err: { name: (error as Error).name }, permanent }, 'job failed')
          results.push({ id: job.id, status: permanent ? 'deadletter' : 'failed' })
        }
      }
      return results
    },
  )
}

process.once('SIGTERM', async () => {
  const cpu = process.cpuUsage(cpuAtGo)
  process.stdout.write(
    `stats ${JSON.stringify({
      batch,
      ...timing,
      statements,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    })}\n`,
  )
  await jobs.stop()
  await database.close()
  process.exit(0)
})
