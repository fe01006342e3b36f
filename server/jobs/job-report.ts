import type { JobWithMetadata, PgBoss } from 'pg-boss'
import { deadLetterQueue, QUEUES, type QueueName } from './queues.ts'

export interface QueueCounts {
  queue: QueueName
  /** Waiting to run now, or retrying after a failure (deferred ones are counted apart). */
  queued: number
  /** Waiting for a later time: a backoff before the next try, or a send held until morning. */
  deferred: number
  active: number
  /** Failed for good and still kept (their copies are the dead letters). */
  failed: number
  dead: number
}

export interface ProblemJob {
  queue: string
  id: string
  /** retry: waiting for its next try; failed: out of tries, copied to the dead letters; dead: a
   * dead letter whose original job has since been deleted. */
  state: 'retry' | 'failed' | 'dead'
  retries: number
  createdOn: Date
  /** What the worker stored: an error class and code, never a message (it could quote a person). */
  error: string
}

export interface JobReport {
  queues: QueueCounts[]
  problems: ProblemJob[]
}

/**
 * What `npm run jobs` shows operators: counts per queue and the jobs that are retrying, failed or
 * dead. Only ids, times and error codes: job payloads are ids or sealed (ADR 0024).
 */
export async function jobReport(boss: PgBoss, limit = 20): Promise<JobReport> {
  const queues: QueueCounts[] = []
  const problems: ProblemJob[] = []
  const now = Date.now()
  for (const queue of Object.values(QUEUES)) {
    // Counted from the jobs themselves: pg-boss's queue counts are refreshed only by its monitor.
    const [jobs, dead] = await Promise.all([
      boss.findJobs(queue, { limit: MAX_JOBS }),
      boss.findJobs(deadLetterQueue(queue), { limit: MAX_JOBS }),
    ])
    const counts: QueueCounts = {
      queue,
      queued: 0,
      deferred: 0,
      active: 0,
      failed: 0,
      dead: dead.length,
    }
    for (const job of jobs) {
      if (job.state === 'created' || job.state === 'retry') {
        if (job.startAfter.getTime() > now) counts.deferred += 1
        else counts.queued += 1
      } else if (job.state === 'active') counts.active += 1
      else if (job.state === 'failed') counts.failed += 1
      if (job.state === 'retry' || job.state === 'failed')
        problems.push(problem(queue, job, job.state))
    }
    // A failed job's dead letter is its copy: listed once, unless the original has been deleted.
    const ids = new Set(jobs.map((job) => job.id))
    for (const job of dead) {
      if (!job.sourceId || !ids.has(job.sourceId)) problems.push(problem(queue, job, 'dead'))
    }
    queues.push(counts)
  }
  problems.sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime())
  return { queues, problems: problems.slice(0, limit) }
}

const MAX_JOBS = 100_000

function problem(
  queue: string,
  job: JobWithMetadata<unknown>,
  state: ProblemJob['state'],
): ProblemJob {
  return {
    queue,
    id: job.id,
    state,
    retries: job.retryCount,
    createdOn: job.createdOn,
    error: errorOf(job.output),
  }
}

function errorOf(output: unknown): string {
  const { name, code } = (output ?? {}) as { name?: unknown; code?: unknown }
  return [name, code].filter((part) => typeof part === 'string').join(' ') || '-'
}

/** The report as the lines `npm run jobs` prints. */
export function describeJobReport(report: JobReport): string[] {
  const lines = ['queue      queued  deferred  active  failed  dead']
  for (const q of report.queues) {
    lines.push(
      `${q.queue.padEnd(10)} ${pad(q.queued, 6)} ${pad(q.deferred, 9)} ${pad(q.active, 7)} ${pad(q.failed, 7)} ${pad(q.dead, 5)}`,
    )
  }
  if (report.problems.length === 0) {
    lines.push('', 'No job is retrying, failed or dead.')
    return lines
  }
  lines.push('', 'Retrying, failed and dead jobs (newest first):')
  for (const job of report.problems) {
    lines.push(
      `  ${job.createdOn.toISOString()}  ${job.queue}  ${job.state.padEnd(6)} ${job.id}  retries ${job.retries}  ${job.error}`,
    )
  }
  return lines
}

const pad = (value: number, width: number) => String(value).padStart(width)
