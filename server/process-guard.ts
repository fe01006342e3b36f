import { errorCodeOf } from './db/connection-errors.ts'
import { stackFrames } from './http/error-handler.ts'
import type { Logger } from './lib/logger.ts'

/**
 * Keeps one stray failure from ending the process for every clinic. An error nobody awaited
 * (a rejected promise, an 'error' event without a listener, a throw in a timer) is logged by
 * class, code and stack frames, never its message (which can quote patient data), and the
 * server carries on: each request runs in its own promise chain and transaction, so a failure
 * outside one leaves nothing half-done that later requests would trip over.
 *
 * Note: Node's documentation advises exiting after 'uncaughtException'. The causes we know of
 * (lost database connections, streams of aborted uploads) are now handled where they arise;
 * this is the last line, and every use of it is logged at error level so it gets fixed.
 * Installed by the entry points (npm start, npm run worker), never by startNiramaya(), so that
 * tests keep seeing such errors as failures.
 */
export function installProcessGuard(logger: Logger): () => void {
  const report = (kind: string) => (error: unknown) => {
    logger.error(
      {
        err: {
          name: error instanceof Error ? error.constructor.name || error.name : typeof error,
          code: errorCodeOf(error),
          frames: stackFrames(error),
        },
      },
      `process: ${kind} (logged; the server keeps running)`,
    )
  }
  const onException = report('uncaught exception')
  const onRejection = report('unhandled promise rejection')
  process.on('uncaughtException', onException)
  process.on('unhandledRejection', onRejection)
  return () => {
    process.off('uncaughtException', onException)
    process.off('unhandledRejection', onRejection)
  }
}
