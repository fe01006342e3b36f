import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { Logger } from '../lib/logger.ts'
import { guardClient } from './connection-errors.ts'

/**
 * A single administrative connection: runs the role bootstrap and the migrations.
 * It is the database's owner side, never used to serve requests.
 */
export interface AdminConnection {
  /** Runs one or more SQL statements without parameters. */
  exec(sql: string): Promise<void>
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>
  /**
   * Runs one statement with parameters, or several without, and returns the rows of all of
   * them (for libraries that send multi-statement blocks, such as pg-boss's schema install).
   */
  rowsOf<Row>(sql: string, params?: unknown[]): Promise<Row[]>
  close(): Promise<void>
}

/**
 * The connection is guarded: if the server drops it, the statement running fails (and with it
 * the migration or command) instead of an unhandled 'error' event ending the process.
 */
export async function openPostgresAdmin(
  connectionString: string,
  logger?: Logger,
): Promise<AdminConnection> {
  const client = guardClient(new pg.Client({ connectionString }), logger)
  await client.connect()
  return {
    exec: async (sql) => {
      await client.query(sql)
    },
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows as Row[],
    rowsOf: async <Row>(sql: string, params: unknown[] = []) => {
      // Without parameters pg uses the simple protocol, which answers a block with one result each.
      const result = (await client.query(sql, params)) as pg.QueryResult | pg.QueryResult[]
      return (Array.isArray(result) ? result : [result]).flatMap((each) => each.rows ?? []) as Row[]
    },
    close: () => client.end(),
  }
}

/** Wraps an open PGlite instance; closing the wrapper leaves the instance to its owner. */
export function pgliteAdmin(pglite: PGlite): AdminConnection {
  return {
    exec: async (sql) => {
      await pglite.exec(sql)
    },
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await pglite.query<Row>(sql, params)).rows,
    rowsOf: async <Row>(sql: string, params: unknown[] = []) =>
      params.length > 0
        ? (await pglite.query<Row>(sql, params)).rows
        : (await pglite.exec(sql)).flatMap((each) => each.rows as Row[]),
    close: async () => {},
  }
}
