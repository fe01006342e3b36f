import type { Queue } from 'pg-boss'

/** pg-boss's schema; created by a SQL migration, its tables by server/jobs/install.ts. */
export const JOB_SCHEMA = 'pgboss'

/** Every queue the worker serves. Each has a dead-letter queue for jobs that used up their retries. */
export const QUEUES = {
  /** One email, its message sealed (server/jobs/sealed-payload.ts): reset and invitation links are secrets. */
  email: 'email',
  /** One patient message (its outbox row's ids): checked again, then sent (server/modules/messaging). */
  message: 'message',
  /** Daily: deletes message texts after 90 days and messages after a year (PRODUCT.md). */
  retention: 'retention',
  /** Daily: plans recall reminders for patients whose recall fell due (server/modules/appointments). */
  recalls: 'recalls',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

/** Where a queue's jobs go after their last retry: `<queue>.dead`, kept for operators to see. */
export function deadLetterQueue(name: QueueName): string {
  return `${name}.dead`
}

/**
 * Retry policy per queue, stored on the queue at migrate time (pg-boss copies it to each job).
 * Exponential backoff: about 10 s, 20 s, 40 s, 80 s, 160 s (with jitter), so a mail server that
 * is down for a few minutes delays mail instead of losing it.
 */
export const QUEUE_OPTIONS: Record<QueueName, Omit<Queue, 'name'>> = {
  email: {
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    retryDelayMax: 600,
    // A send that has not finished in 2 minutes is taken as lost and retried.
    expireInSeconds: 120,
    // Links in these emails expire within 48 hours; completed jobs need not stay longer.
    deleteAfterSeconds: 2 * 24 * 3600,
    // Wake the worker at commit (LISTEN/NOTIFY) instead of waiting for its next poll.
    notify: true,
  },
  message: {
    // A provider that is down for hours (or a WhatsApp rate limit) delays reminders instead of
    // dropping them: about 30 s, 1 min, 2 min … capped at an hour, 8 tries (about 4 hours).
    retryLimit: 8,
    retryDelay: 30,
    retryBackoff: true,
    retryDelayMax: 3600,
    expireInSeconds: 120,
    // A reminder may wait up to a week for its time; keep the job that long, and two days after.
    retentionSeconds: 8 * 24 * 3600,
    deleteAfterSeconds: 2 * 24 * 3600,
    notify: true,
  },
  retention: {
    retryLimit: 3,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 900,
    deleteAfterSeconds: 7 * 24 * 3600,
  },
  recalls: {
    retryLimit: 3,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 900,
    deleteAfterSeconds: 7 * 24 * 3600,
  },
}

/** Recurring jobs the worker schedules (pg-boss cron, in the clinic's usual zone). */
export const SCHEDULES: readonly { queue: QueueName; cron: string; tz: string }[] = [
  // 02:30 in India: the quietest hour for a clinic's database.
  { queue: 'retention', cron: '30 2 * * *', tz: 'Asia/Kolkata' },
  // 09:30 in India: reminders planned as the clinic opens (each held past its own quiet hours).
  { queue: 'recalls', cron: '30 9 * * *', tz: 'Asia/Kolkata' },
]

/** Dead letters are kept 30 days for operators, never retried on their own. */
export const DEAD_LETTER_OPTIONS: Omit<Queue, 'name'> = {
  retryLimit: 0,
  retentionSeconds: 30 * 24 * 3600,
  deleteAfterSeconds: 30 * 24 * 3600,
}
