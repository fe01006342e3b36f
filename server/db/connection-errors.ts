import type pg from 'pg'
import type { Logger } from '../lib/logger.ts'

/**
 * SQLSTATEs that mean "the connection, or the server behind it, went away", not "this query was
 * wrong": class 08 (connection exception), 57P01–57P03 and 57P05 (administrator shutdown, crash
 * shutdown, cannot connect now, idle session timeout) and 53300 (too many connections).
 * A retry a moment later, over a fresh connection, can succeed.
 * See: https://www.postgresql.org/docs/15/errcodes-appendix.html
 */
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '53300'])

/** Socket-level failures reported by Node (pg passes them through unchanged). */
const SOCKET_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])

/**
 * node-postgres and pg-pool report a lost connection or a pool that cannot hand one out with
 * plain Errors and these messages (no code): checked against pg 8 and pg-pool 3.
 */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^timeout exceeded when trying to connect$/,
  /^Cannot use a pool after calling end on the pool$/,
]

/**
 * Whether `error` says the database could not be reached (lost connection, server restart or
 * failover, pooler reset, pool timeout) rather than that the request was wrong. Such errors are
 * answered 503 so clients retry; the pool replaces the broken connection on its own.
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false
  const { code, message, cause, errors } = error as {
    code?: unknown
    message?: unknown
    cause?: unknown
    errors?: unknown
  }
  if (typeof code === 'string') {
    if (/^08[0-9A-Z]{3}$/.test(code) || CONNECTION_SQLSTATES.has(code)) return true
    if (SOCKET_CODES.has(code)) return true
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) {
    return true
  }
  // Node wraps failed connection attempts (one per address) in an AggregateError, and other
  // libraries put the driver's error in `cause`.
  if (Array.isArray(errors) && errors.some((inner) => isConnectionError(inner, depth + 1))) {
    return true
  }
  return cause !== undefined && isConnectionError(cause, depth + 1)
}

/** The SQLSTATE (or Node error code) of an error, for logs; never its message. */
export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = (error as { code: unknown }).code
  return typeof code === 'string' && /^[0-9A-Z_]{1,40}$/.test(code) ? code : undefined
}

/**
 * Listens for 'error' on a pg Pool and on every client it creates. Without a listener, a
 * connection that dies while idle (pool) or while checked out (client) makes Node throw the
 * event and the whole process exits, for every clinic. With one, the pool drops the broken
 * client and opens a new one on the next request; the query that was running fails and is
 * answered 503 by the error handler. Messages are not logged: PostgreSQL's can quote values.
 */
export function guardPool(pool: pg.Pool, logger: Logger | undefined): pg.Pool {
  pool.on('connect', (client) => {
    client.on('error', (error: Error) =>
      logLost(logger, error, 'database: a pooled connection was lost; the pool opens a new one'),
    )
  })
  // pg-pool re-emits an idle client's error here; the client's own listener has logged it.
  pool.on('error', () => undefined)
  return pool
}

/** The same guard for a single pg Client (the migration connection). */
export function guardClient(client: pg.Client, logger: Logger | undefined): pg.Client {
  client.on('error', (error: Error) =>
    logLost(logger, error, 'database: the administrative connection was lost'),
  )
  return client
}

function logLost(logger: Logger | undefined, error: Error, message: string) {
  logger?.warn({ err: { name: error.name, code: errorCodeOf(error) } }, message)
}
