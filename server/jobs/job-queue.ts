import type { Db as IDatabase, Job, JobResult } from 'pg-boss'
import { PgBoss } from 'pg-boss'
import { errorCodeOf } from '../db/connection-errors.ts'
import type { Logger } from '../lib/logger.ts'
import { JOB_SCHEMA, type QueueName, SCHEDULES } from './queues.ts'

/** How the queue reaches the database: through the app's PGlite lock, or its own small pool. */
export type JobConnection =
  | { kind: 'pglite'; db: IDatabase }
  | { kind: 'postgres'; connectionString: string; max: number }

/** What a handler learns about its job besides the data: enough to log and to count attempts. */
export interface JobInfo {
  id: string
  queue: QueueName
}

export type JobHandler = (data: unknown, job: JobInfo) => Promise<void>

/**
 * Thrown by a handler for a job that can never succeed (a payload that does not open, a row that
 * is gone): the job goes straight to its dead-letter queue instead of being retried.
 */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError'
}

export interface JobQueue {
  /** The pg-boss instance; only server/jobs/enqueue.ts sends through it. */
  readonly boss: PgBoss
  /** Starts working these queues in this process (the background worker). */
  work(handlers: Partial<Record<QueueName, JobHandler>>): Promise<void>
  stop(): Promise<void>
}

export interface JobQueueOptions {
  schema?: string
  /** Seconds between polls when nothing woke the worker; tests shorten it. */
  pollingIntervalSeconds?: number
  /** Names this process in pg-boss's instance registry. */
  instanceName?: string
  /** For reports (`npm run jobs`): no maintenance, no registration, no listening. */
  readOnly?: boolean
  /** Keeps the recurring jobs (SCHEDULES) registered and runs pg-boss's cron: the worker does. */
  schedules?: boolean
  /**
   * Seconds between pg-boss's supervision passes, which retry the jobs of a worker that died
   * (expired) among other things; 60 unless a test shortens it.
   */
  superviseSeconds?: number
}

/**
 * Opens the durable job queue (pg-boss, ADR 0024) as the app role: it never migrates (that is
 * `npm run migrate`'s job, as the owner) and never rebuilds indexes (the app role owns none).
 * Errors pg-boss reports in the background are logged by class and code only; they never end
 * the process, and a lost database connection is retried on the next poll.
 */
export async function openJobQueue(
  connection: JobConnection,
  logger: Logger,
  options: JobQueueOptions = {},
): Promise<JobQueue> {
  const boss = new PgBoss({
    ...(connection.kind === 'pglite'
      ? { db: connection.db, backend: 'pglite' as const }
      : { connectionString: connection.connectionString, max: connection.max }),
    schema: options.schema ?? JOB_SCHEMA,
    migrate: false,
    createSchema: false,
    schedule: options.schedules === true,
    reindex: false,
    useListenNotify: !options.readOnly,
    supervise: !options.readOnly,
    registerInstance: !options.readOnly,
    openTelemetry: { enabled: false },
    ...(options.instanceName ? { instanceName: options.instanceName } : {}),
    ...(options.superviseSeconds
      ? {
          superviseIntervalSeconds: options.superviseSeconds,
          monitorIntervalSeconds: options.superviseSeconds,
        }
      : {}),
  })
  boss.on('error', (error) => {
    logger.error({ err: { name: error.name, code: errorCodeOf(error) } }, 'job queue error')
  })
  boss.on('warning', (warning) => {
    const type = (warning.data as { type?: unknown } | undefined)?.type
    logger.warn({ type }, 'job queue warning')
  })
  await boss.start()
  if (options.schedules) {
    for (const { queue, cron, tz } of SCHEDULES) await boss.schedule(queue, cron, null, { tz })
  }
  const polling = options.pollingIntervalSeconds ?? 2
  let stopped = false
  return {
    boss,
    async work(handlers) {
      for (const [queue, handle] of Object.entries(handlers) as [QueueName, JobHandler][]) {
        await boss.work(
          queue,
          {
            batchSize: 5,
            perJobResults: true,
            burstWhenBatchFull: true,
            pollingIntervalSeconds: polling,
            // NOTIFY wakes the worker when a job commits. The poll stays as short as without it:
            // through PgBouncer in transaction mode LISTEN seems to work but never hears a thing.
            notifyPollingIntervalSeconds: polling,
          },
          (jobs) => settleEach(jobs, queue, handle, logger),
        )
      }
    },
    async stop() {
      if (stopped) return
      stopped = true
      // Waits for handlers in progress; a job cut off by a crash is retried after its expiry.
      await boss.stop({ graceful: true, timeout: 10_000, close: true })
    },
  }
}

/**
 * Runs a batch's jobs one by one and settles each on its own: one job that throws must not fail
 * (and so repeat) the others in its batch. Failures are stored and logged by class and code only,
 * because a provider's message can quote an address or a phone number.
 */
async function settleEach(
  jobs: Job<unknown>[],
  queue: QueueName,
  handle: JobHandler,
  logger: Logger,
): Promise<JobResult[]> {
  const results: JobResult[] = []
  for (const job of jobs) {
    try {
      await handle(job.data, { id: job.id, queue })
      results.push({ id: job.id, status: 'completed' })
    } catch (error) {
      const err = { name: (error as Error).name, code: errorCodeOf(error) }
      const permanent = error instanceof PermanentJobError
      logger.warn({ err, queue, jobId: job.id, permanent }, 'job failed')
      results.push({ id: job.id, status: permanent ? 'deadletter' : 'failed', output: err })
    }
  }
  return results
}
