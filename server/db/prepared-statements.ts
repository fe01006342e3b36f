import { createHash } from 'node:crypto'
import type pg from 'pg'

/**
 * Most statements to prepare on one connection. Each prepared statement holds a plan in that
 * server backend's memory; the app sends a few hundred distinct statements, but text built from
 * input (an `IN` list of varying length) could make more, and past the limit they simply run
 * unprepared.
 */
const PER_CONNECTION_LIMIT = 500

/** Names by statement text, shared by every connection (the name is a digest of the text). */
const names = new Map<string, string>()
const NAME_CACHE_LIMIT = 5000

/**
 * Makes every parameterised statement a named (prepared) statement on the connection that runs
 * it, so PostgreSQL parses and plans it once per connection instead of on every request. On the
 * 2-CPU benchmark machine this took an authenticated patient read from about 690 to about 900
 * requests/s (docs/benchmarks.md). Kysely's pg driver sends `query(text, values)`; this adds a
 * name derived from the text (pg keeps which names a connection has parsed, and re-parses on a
 * new connection).
 *
 * Off with DATABASE_PREPARED_STATEMENTS=false, for a pooler in transaction mode that does not
 * carry prepared statements across server connections (PgBouncer before 1.21, or 1.21+ without
 * max_prepared_statements): see ADR 0014.
 */
export function prepareStatements(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown
    const prepared = new Set<string>()
    // A statement whose plan went stale gets a new name on this connection (see isStalePlan).
    const renamed = new Map<string, number>()
    client.query = ((...args: unknown[]) => {
      // query(text, values) as Kysely calls it, or query(text, values, callback) as pool.query does.
      const [text, values, callback] = args
      const isPlain = args.length === 2 || (args.length === 3 && typeof callback === 'function')
      if (!isPlain || typeof text !== 'string' || !isParameterList(values)) return query(...args)
      const base = nameOf(text)
      const generation = renamed.get(base) ?? 0
      const name = generation === 0 ? base : `${base}_${generation}`
      if (!prepared.has(name) && prepared.size >= PER_CONNECTION_LIMIT) return query(...args)
      prepared.add(name)
      const retireIfStale = (error: unknown) => {
        if (!isStalePlan(error)) return
        prepared.delete(name)
        renamed.set(base, generation + 1)
      }
      const config = { text, values, name }
      if (typeof callback === 'function') {
        return query(config, (error: unknown, result: unknown) => {
          if (error) retireIfStale(error)
          callback(error, result)
        })
      }
      return (query(config) as Promise<unknown>).catch((error: unknown) => {
        retireIfStale(error)
        throw error
      })
    }) as typeof client.query
  })
  return pool
}

/**
 * A prepared `SELECT *` whose table gained or lost a column (another server's migration) fails
 * with "cached plan must not change result type" (SQLSTATE 0A000) on every later use. That one
 * call fails; the statement is then prepared afresh under a new name on this connection, so the
 * next request succeeds without a restart.
 */
function isStalePlan(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan')
}

function isParameterList(values: unknown): values is unknown[] {
  return Array.isArray(values) && values.length > 0
}

function nameOf(text: string): string {
  let name = names.get(text)
  if (name === undefined) {
    name = `n_${createHash('sha1').update(text).digest('base64url')}`
    if (names.size >= NAME_CACHE_LIMIT) names.clear()
    names.set(text, name)
  }
  return name
}
