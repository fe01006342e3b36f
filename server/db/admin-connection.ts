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
    close: async () => {},
  }
}
