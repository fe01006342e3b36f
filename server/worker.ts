import type { Kysely } from 'kysely'
import type { Database } from './db/schema.ts'
import type { Logger } from './lib/logger.ts'
import { sealAuditEvents } from './modules/audit/index.ts'

export interface Worker {
  /** Runs one round of every periodic task now (tests, and the last round at shutdown). */
  runOnce(): Promise<void>
  stop(): Promise<void>
}

/**
 * The background worker: periodic tasks that must not make requests wait.
 * Today that is sealing the audit chain shortly after events commit. It runs
 * in the server process (`npm start`), or alone with `npm run worker` beside
 * stateless API servers; audit_seal() takes a per-clinic row lock, so several
 * workers can run at once safely.
 */
export function startWorker(db: Kysely<Database>, logger: Logger, intervalMs = 2000): Worker {
  let running: Promise<void> = Promise.resolve()
  const round = async () => {
    try {
      let sealed = 0
      do {
        sealed = await sealAuditEvents(db, 1000)
      } while (sealed === 1000)
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'worker: sealing the audit log failed')
    }
  }
  const tick = () => {
    running = running.then(round)
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return {
    runOnce: () => {
      tick()
      return running
    },
    stop: async () => {
      clearInterval(timer)
      await running
      tick()
      await running
    },
  }
}
