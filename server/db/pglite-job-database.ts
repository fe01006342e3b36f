import type { PGlite } from '@electric-sql/pglite'
import type { Kysely } from 'kysely'
import type { Db as IDatabase } from 'pg-boss'
import type { Database } from './schema.ts'

/**
 * pg-boss's database adapter on embedded PGlite. PGlite is one session, and our Kysely dialect
 * opens request transactions on it with a plain BEGIN, so pg-boss's own `fromPglite` adapter
 * (which calls the instance directly) would run its polling inside whatever request transaction
 * is open, and its COMMIT would end ours. Here every pg-boss statement runs while holding the
 * dialect's connection lock (`db.connection()`), between request transactions, never inside one.
 * Jobs enqueued by a request go through the request's own transaction instead
 * (server/jobs/enqueue.ts). See docs/decisions/0024-durable-job-queue.md.
 */
export function pgliteJobDatabase(db: Kysely<Database>, pglite: PGlite): IDatabase {
  const holdingTheConnection = <T>(work: () => Promise<T>): Promise<T> =>
    db.connection().execute(() => work())
  return {
    executeSql: (text, values) =>
      holdingTheConnection(async () => {
        try {
          if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows }
          // pg-boss sends schema and maintenance work as multi-statement blocks (simple protocol).
          return { rows: (await pglite.exec(text)).flatMap((result) => result.rows) }
        } catch (error) {
          // A block that failed after its BEGIN leaves the session in an aborted transaction.
          await pglite.query('ROLLBACK').catch(() => {})
          throw error
        }
      }),
    // NOTIFY from a committed enqueue wakes the worker at once; PGlite delivers it in-process.
    listen: async (channel, onNotification, onReconnect) => {
      const unlisten = await holdingTheConnection(() => pglite.listen(channel, onNotification))
      onReconnect()
      return { close: () => holdingTheConnection(() => unlisten()) }
    },
  }
}
