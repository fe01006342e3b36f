import type { Kysely } from 'kysely'
import { errorCodeOf, isConnectionError } from './db/connection-errors.ts'
import type { Database } from './db/schema.ts'
import { deleteExpiredIdempotencyKeys } from './http/idempotency.ts'
import type { Logger } from './lib/logger.ts'
import { sealAuditEvents } from './modules/audit/index.ts'

export interface Worker {
  /**
   * Runs one round of every periodic task now (tests, and the last round at shutdown).
   * Resolves to whether every task succeeded; it never rejects.
   */
  runOnce(): Promise<boolean>
  stop(): Promise<void>
}

/**
 * The background worker: periodic tasks that must not make requests wait.
 * Today that is sealing the audit chain shortly after events commit. It runs
 * in the server process (`npm start`), or alone with `npm run worker` beside
 * stateless API servers; audit_seal() takes a per-clinic row lock, so several
 * workers can run at once safely.
 *
 * A failed round (the database restarting, a connection cut) is logged and the
 * next round simply tries again over a fresh pooled connection: the worker never
 * stops on its own, and it says once when the database is back.
 */
export function startWorker(
  db: Kysely<Database>,
  logger: Logger,
  intervalMs = 2000,
  // The app's clock (ADR 0013): the server passes the one its requests use.
  clock: () => Date = () => new Date(),
): Worker {
  let running: Promise<boolean> = Promise.resolve(true)
  let isInRound = false
  let isFailing = false
  const round = async (): Promise<boolean> => {
    try {
      let sealed = 0
      do {
        sealed = await sealAuditEvents(db, 1000)
      } while (sealed === 1000)
    } catch (error) {
      // Only the class and code: a PostgreSQL message can quote row values.
      const err = { name: (error as Error).name, code: errorCodeOf(error) }
      if (isConnectionError(error)) {
        logger.warn({ err }, 'worker: database unreachable; sealing the audit log will be retried')
      } else {
        logger.error({ err }, 'worker: sealing the audit log failed')
      }
      isFailing = true
      return false
    }
    if (isFailing) logger.info('worker: sealing the audit log resumed')
    isFailing = false
    return true
  }
  const tick = () => {
    running = running.then(async () => {
      isInRound = true
      try {
        return (await round()) && (await expireIdempotencyKeys(db, logger, clock()))
      } finally {
        isInRound = false
      }
    })
    return running
  }
  // A round slower than the interval (a database that does not answer) must not queue more.
  const timer = setInterval(() => {
    if (!isInRound) void tick()
  }, intervalMs)
  timer.unref()
  return {
    runOnce: tick,
    stop: async () => {
      clearInterval(timer)
      await running
      await tick()
    },
  }
}

/** Idempotency keys are kept 24 hours (server/http/idempotency.ts); older ones go here. */
async function expireIdempotencyKeys(
  db: Kysely<Database>,
  logger: Logger,
  now: Date,
): Promise<boolean> {
  try {
    await deleteExpiredIdempotencyKeys(db, now)
    return true
  } catch (error) {
    const err = { name: (error as Error).name, code: errorCodeOf(error) }
    logger.error({ err }, 'worker: deleting expired idempotency keys failed')
    return false
  }
}
