import type pg from 'pg'

/** What this module touches of a node-postgres client beyond its public API. */
interface ClientInternals {
  connection: { stream: { cork(): void; uncork(): void; destroy(): void } }
}

/**
 * Sends a transaction's `begin` together with its first statement: one socket write and one
 * wait on the server instead of two of each, on every request (each request's transaction is
 * begin, the statement that opens the request, the handler's statements, commit). The pool's
 * clients run in node-postgres's pipeline mode (https://node-postgres.com/features/pipelining),
 * so a statement is written without waiting for the reply to the one before; and `begin`, which
 * Kysely awaits before the transaction's first statement, is answered at once, held in the
 * socket's buffer (cork) and written with that statement. Measured in docs/benchmarks.md
 * ("The patient read"); ADR 0014.
 *
 * `begin` cannot fail on a healthy connection (inside a transaction it only warns). If it ever
 * does, the connection is destroyed, so whatever was written behind it fails with it rather
 * than goes on outside a transaction. Kysely awaits every other statement, so nothing else is
 * ever in flight at once on a connection.
 */
export function pipelineBegin(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown
    const { connection } = client as unknown as ClientInternals
    let corked = false
    const flush = () => {
      if (!corked) return
      corked = false
      connection.stream.uncork()
    }
    client.query = ((...args: unknown[]) => {
      if (!isBegin(args)) {
        // In pipeline mode the statement is written synchronously, behind the corked begin.
        const result = query(...args)
        flush()
        return result
      }
      connection.stream.cork()
      corked = true
      ;(query(...args) as Promise<unknown>).catch(() => connection.stream.destroy())
      // Nothing follows a begin in the same tick: flush on the next one all the same, so that a
      // begin never waits in the buffer for a statement that does not come.
      process.nextTick(flush)
      return Promise.resolve(BEGUN)
    }) as typeof client.query
  })
  return pool
}

/** What `begin` answers, as node-postgres's result for it. */
const BEGUN = Object.freeze({ command: 'BEGIN', rowCount: null, oid: null, rows: [], fields: [] })

/** Kysely's `begin`: `query('begin', [])`. */
function isBegin(args: unknown[]): boolean {
  const [text, values] = args
  return args.length === 2 && text === 'begin' && Array.isArray(values) && values.length === 0
}
