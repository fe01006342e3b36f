import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import type { Config } from '../config.ts'
import type { Logger } from '../lib/logger.ts'
import { openPostgresAdmin, pgliteAdmin } from './admin-connection.ts'
import { guardPool } from './connection-errors.ts'
import { type MigrationReport, migrate } from './migrate.ts'
import { openPglite } from './open-pglite.ts'
import { PgliteDialect } from './pglite-dialect.ts'
import type { Database } from './schema.ts'
import { pgTypes } from './type-parsers.ts'

export const APP_ROLE = 'niramaya_app'

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres'
  /** Connected as niramaya_app: every query is subject to RLS. */
  db: Kysely<Database>
  migrations: MigrationReport
  close(): Promise<void>
}

type DatabaseConfig = Pick<
  Config,
  'dataDir' | 'databaseUrl' | 'databaseAppUrl' | 'databaseAppPassword' | 'databasePoolSize'
>

/**
 * How long a request waits for a pooled connection (a free one, or a new one to a server that
 * does not answer) before it is answered 503: a stuck database must not pile up requests.
 */
const POOL_CONNECT_TIMEOUT_MS = 10_000

/**
 * Migrates, then opens the application-role connection the server uses. Lost connections are
 * logged to `logger` and replaced; they never end the process.
 */
export async function openDatabase(
  config: DatabaseConfig,
  logger?: Logger,
): Promise<DatabaseHandle> {
  const handle = config.databaseUrl
    ? await openPostgres(config, config.databaseUrl, logger)
    : await openEmbedded(path.join(config.dataDir, 'pglite'))
  await assertCannotBypassRls(handle.db)
  return handle
}

async function openEmbedded(directory: string): Promise<DatabaseHandle> {
  await mkdir(directory, { recursive: true })
  // Migrate as the superuser PGlite starts with, then reopen as the app role.
  const owner = await openPglite({ dataDir: directory })
  let migrations: MigrationReport
  try {
    migrations = await migrate(pgliteAdmin(owner))
  } finally {
    await owner.close()
  }
  const pglite = await openPglite({ dataDir: directory, username: APP_ROLE })
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) })
  return { kind: 'pglite', db, migrations, close: () => db.destroy() }
}

async function openPostgres(
  config: DatabaseConfig,
  ownerUrl: string,
  logger: Logger | undefined,
): Promise<DatabaseHandle> {
  const admin = await openPostgresAdmin(ownerUrl, logger)
  let migrations: MigrationReport
  try {
    migrations = await migrate(admin)
  } finally {
    await admin.close()
  }
  const pool = guardPool(
    new pg.Pool({
      connectionString: config.databaseAppUrl ?? appUrlFrom(ownerUrl, config.databaseAppPassword),
      max: config.databasePoolSize,
      connectionTimeoutMillis: POOL_CONNECT_TIMEOUT_MS,
      // Notices a peer that vanished without closing (a failover, a dropped NAT entry).
      keepAlive: true,
      types: pgTypes,
    }),
    logger,
  )
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { kind: 'postgres', db, migrations, close: () => db.destroy() }
}

/** Same server and database as the owner URL, logged in as niramaya_app. */
export function appUrlFrom(ownerUrl: string, password: string | undefined): string {
  const url = new URL(ownerUrl)
  url.username = APP_ROLE
  url.password = password ?? ''
  return url.toString()
}

/**
 * Refuses to serve requests over a connection that could see every clinic:
 * a superuser or BYPASSRLS login would silently switch off tenant isolation.
 */
async function assertCannotBypassRls(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ rolsuper: boolean; rolbypassrls: boolean; name: string }>`
    SELECT rolsuper, rolbypassrls, rolname AS name FROM pg_roles WHERE rolname = current_user
  `.execute(db)
  const role = rows[0]
  if (!role || role.rolsuper || role.rolbypassrls) {
    await db.destroy()
    throw new Error(
      `The application database role (${role?.name ?? 'unknown'}) can bypass row-level security; refusing to start.`,
    )
  }
}
